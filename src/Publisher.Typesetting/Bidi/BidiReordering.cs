namespace Publisher.Typesetting.Bidi;

/// <summary>
/// UAX #9's rules for one laid-out line, whose levels <see cref="BidiResolver"/> resolved: L1 (white space at the line's
/// end, and before a tab, back to the paragraph level), L2 (the visual order: reverse every run at or above each level,
/// from the highest down to the lowest odd one) and L4 (a mirrored glyph for a bracket in right-to-left text).
/// </summary>
public static class BidiReordering
{
    /// <summary>L1: trailing white space, and white space before a segment or paragraph separator, at the paragraph level.</summary>
    public static void ResetWhitespace(ReadOnlySpan<BidiClass> classes, Span<byte> levels, int paragraphLevel)
    {
        var trailing = true;
        for (var i = classes.Length - 1; i >= 0; i--)
        {
            var type = classes[i];
            if (type is BidiClass.S or BidiClass.B)
            {
                levels[i] = (byte)paragraphLevel;
                trailing = true;
            }
            else if (trailing && type is BidiClass.WS or BidiClass.BN) levels[i] = (byte)paragraphLevel;
            else trailing = false;
        }
    }

    /// <summary>L2: <paramref name="order"/>[v] is the logical index of what is shown v-th from the left.</summary>
    public static void VisualOrder(ReadOnlySpan<byte> levels, Span<int> order)
    {
        var current = levels.ToArray();
        byte highest = 0, lowestOdd = byte.MaxValue;
        for (var i = 0; i < levels.Length; i++)
        {
            order[i] = i;
            highest = Math.Max(highest, levels[i]);
            if ((levels[i] & 1) == 1) lowestOdd = Math.Min(lowestOdd, levels[i]);
        }
        for (int level = highest; level >= lowestOdd && level > 0; level--)
        {
            for (var i = 0; i < current.Length; i++)
            {
                if (current[i] < level) continue;
                var end = i;
                while (end < current.Length && current[end] >= level) end++;
                order[i..end].Reverse();
                current.AsSpan(i, end - i).Reverse();
                i = end;
            }
        }
    }

    /// <summary>
    /// L4: the glyph that mirrors <paramref name="c"/> in right-to-left text (an opening parenthesis points the other
    /// way), from UCD BidiMirroring.txt for the brackets, guillemets and comparison signs text uses; else <paramref name="c"/>.
    /// </summary>
    public static char Mirror(char c) => c switch
    {
        '(' => ')', ')' => '(', '[' => ']', ']' => '[', '{' => '}', '}' => '{', '<' => '>', '>' => '<',
        '«' => '»', '»' => '«', '‹' => '›', '›' => '‹', '⁅' => '⁆', '⁆' => '⁅', '⁽' => '⁾', '⁾' => '⁽',
        '₍' => '₎', '₎' => '₍', '≤' => '≥', '≥' => '≤', '⟨' => '⟩', '⟩' => '⟨', '〈' => '〉', '〉' => '〈',
        '⌈' => '⌉', '⌉' => '⌈', '⌊' => '⌋', '⌋' => '⌊',
        _ => c,
    };

    /// <summary>
    /// The length of the cluster starting at <paramref name="start"/>: a character (a surrogate pair) and the marks on it.
    /// A cluster moves as a whole, its marks after their base, so they are still drawn over it in right-to-left text.
    /// </summary>
    public static int ClusterLength(ReadOnlySpan<char> text, int start)
    {
        var end = start + (char.IsHighSurrogate(text[start]) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? 2 : 1);
        while (end < text.Length && !char.IsSurrogate(text[end]) && BidiClasses.Of(text[end]) == BidiClass.NSM) end++;
        return end - start;
    }

    /// <summary>The bidi class of the cluster at <paramref name="start"/>: its first character's.</summary>
    public static BidiClass ClassAt(ReadOnlySpan<char> text, int start) =>
        BidiClasses.Of(System.Text.Rune.DecodeFromUtf16(text[start..], out var rune, out _) == System.Buffers.OperationStatus.Done
            ? rune.Value
            : text[start]);
}
