namespace Publisher.Typesetting.Bidi;

/// <summary>
/// The embedding levels of a paragraph by the Unicode Bidirectional Algorithm (UAX #9) for text without explicit
/// embeddings, overrides or isolates: the paragraph is one isolating run sequence at the paragraph level, from sos to
/// eos of the paragraph's direction. Rules W1–W7 resolve weak types, N1–N2 neutrals (N0's bracket pairs are left
/// out: a bracket takes its direction from the text around it, as N1 and N2 give it), I1–I2 the levels. Boundary
/// neutrals (and the explicit formatting characters, classified so) are removed as X9 says and get the level of the
/// character before them.
/// </summary>
public static class BidiResolver
{
    /// <summary>Fills <paramref name="levels"/> with the level of each of <paramref name="classes"/>.</summary>
    public static void Resolve(ReadOnlySpan<BidiClass> classes, int paragraphLevel, Span<byte> levels)
    {
        var types = new BidiClass[classes.Length];
        var count = 0;
        foreach (var type in classes)
            if (type != BidiClass.BN) types[count++] = type;
        var sequence = types.AsSpan(0, count);
        var direction = (paragraphLevel & 1) == 0 ? BidiClass.L : BidiClass.R; // sos, eos and the embedding direction
        ResolveWeak(sequence, direction);
        ResolveNeutral(sequence, direction);

        var kept = 0;
        var level = (byte)paragraphLevel;
        for (var i = 0; i < classes.Length; i++)
        {
            if (classes[i] != BidiClass.BN) level = Implicit(sequence[kept++], paragraphLevel);
            levels[i] = level;
        }
    }

    private static void ResolveWeak(Span<BidiClass> types, BidiClass sos)
    {
        // W1: a mark takes the type of the character before it.
        for (var i = 0; i < types.Length; i++)
            if (types[i] == BidiClass.NSM) types[i] = i == 0 ? sos : types[i - 1];
        // W2: European digits after an Arabic letter are Arabic numbers; W3: Arabic letters are right to left.
        var strong = sos;
        for (var i = 0; i < types.Length; i++)
        {
            var type = types[i];
            if (type is BidiClass.L or BidiClass.R or BidiClass.AL) strong = type;
            else if (type == BidiClass.EN && strong == BidiClass.AL) types[i] = BidiClass.AN;
        }
        for (var i = 0; i < types.Length; i++)
            if (types[i] == BidiClass.AL) types[i] = BidiClass.R;
        // W4: one separator between two numbers of a kind joins them.
        for (var i = 1; i < types.Length - 1; i++)
        {
            var (before, after) = (types[i - 1], types[i + 1]);
            if (types[i] == BidiClass.ES && before == BidiClass.EN && after == BidiClass.EN) types[i] = BidiClass.EN;
            else if (types[i] == BidiClass.CS && before == after && before is BidiClass.EN or BidiClass.AN) types[i] = before;
        }
        // W5: terminators next to European digits are part of the number.
        for (var i = 0; i < types.Length; i++)
        {
            if (types[i] != BidiClass.ET) continue;
            var end = i;
            while (end < types.Length && types[end] == BidiClass.ET) end++;
            var touches = (i > 0 && types[i - 1] == BidiClass.EN) || (end < types.Length && types[end] == BidiClass.EN);
            if (touches) types[i..end].Fill(BidiClass.EN);
            i = end - 1;
        }
        // W6: separators and terminators left over are neutral; W7: European digits in left-to-right text are letters.
        strong = sos;
        for (var i = 0; i < types.Length; i++)
        {
            var type = types[i];
            if (type is BidiClass.ES or BidiClass.ET or BidiClass.CS) types[i] = BidiClass.ON;
            else if (type is BidiClass.L or BidiClass.R) strong = type;
            else if (type == BidiClass.EN && strong == BidiClass.L) types[i] = BidiClass.L;
        }
    }

    private static void ResolveNeutral(Span<BidiClass> types, BidiClass direction)
    {
        // N1: neutrals between text of one direction take it (numbers count as right to left); N2: others the embedding's.
        for (var i = 0; i < types.Length; i++)
        {
            if (!IsNeutral(types[i])) continue;
            var end = i;
            while (end < types.Length && IsNeutral(types[end])) end++;
            var before = i == 0 ? direction : StrongDirection(types[i - 1]);
            var after = end == types.Length ? direction : StrongDirection(types[end]);
            types[i..end].Fill(before == after ? before : direction);
            i = end - 1;
        }
    }

    private static bool IsNeutral(BidiClass type) => type is BidiClass.B or BidiClass.S or BidiClass.WS or BidiClass.ON;

    private static BidiClass StrongDirection(BidiClass type) => type == BidiClass.L ? BidiClass.L : BidiClass.R;

    /// <summary>I1–I2: right-to-left text rises to the next odd level, numbers to the next even one above it.</summary>
    private static byte Implicit(BidiClass type, int level) => (byte)((level & 1) == 0
        ? type switch { BidiClass.R => level + 1, BidiClass.AN or BidiClass.EN => level + 2, _ => level }
        : type is BidiClass.L or BidiClass.EN or BidiClass.AN ? level + 1 : level);
}
