namespace Publisher.Typesetting.Hyphenation;

/// <summary>
/// libhyphen's two-level hyphenation (<c>hnj_hyphen_hyph_</c>). The first level's odd values split the word into parts
/// (compound boundaries: Mittwoch|abend); each part is looked at again by the first level, as a word of its own (its
/// boundaries now word boundaries, so <c>.abend.</c> patterns match), and a part the first level does not split further
/// gets the second level's points, read as a word of its own too: no syllable pattern reaches across a boundary
/// (Mittwo-chabend), and a part keeps the compound minimums beside each boundary. Without a first level, the second is
/// applied to the whole word (a one-level file such as English).
/// </summary>
internal sealed class CompoundSplitter(PatternTrie? compounds, PatternTrie syllables, HyphenMinimums minimums)
{
    public int PatternCount => (compounds?.PatternCount ?? 0) + syllables.PatternCount;

    /// <summary>
    /// Sets <paramref name="after"/>[i] to the value between <paramref name="word"/>[i] and the next letter (odd: a
    /// hyphen may stand there), before the word's own minimums at its ends are applied.
    /// </summary>
    public void Hyphenate(ReadOnlySpan<char> word, Span<byte> after) => Hyphenate(word, after, atWordStart: true, atWordEnd: true);

    private void Hyphenate(ReadOnlySpan<char> part, Span<byte> after, bool atWordStart, bool atWordEnd)
    {
        if (compounds is not null)
        {
            Apply(compounds, part, after);
            var begin = 0;
            Span<byte> inner = part.Length <= 64 ? stackalloc byte[part.Length] : new byte[part.Length];
            for (var i = 0; i < part.Length; i++)
            {
                var boundary = (after[i] & 1) == 1;
                if (!boundary && !(begin > 0 && i + 1 == part.Length)) continue;
                if (i > begin)
                {
                    // The part's values replace the first level's inside it; the boundary after it keeps its odd value.
                    var values = inner[..(i - begin + 1)];
                    Hyphenate(part[begin..(i + 1)], values, atWordStart && begin == 0, atWordEnd && !boundary);
                    values[..^1].CopyTo(after[begin..i]);
                }
                begin = i + 1;
            }
            if (begin > 0) return;
        }
        Apply(syllables, part, after);
        if (!atWordStart)
        {
            for (var i = 0; i < minimums.CompoundLeft - 1 && i < after.Length; i++) after[i] = 0;
        }
        if (!atWordEnd)
        {
            for (var i = part.Length - 1; i > 0 && part.Length - 1 - i < minimums.CompoundRight; i--) after[i] = 0;
        }
    }

    /// <summary>One level's highest values between the letters of <paramref name="part"/>, read with dots at its ends.</summary>
    private static void Apply(PatternTrie level, ReadOnlySpan<char> part, Span<byte> after)
    {
        Span<char> dotted = part.Length <= 62 ? stackalloc char[part.Length + 2] : new char[part.Length + 2];
        dotted[0] = '.';
        part.CopyTo(dotted[1..]);
        dotted[^1] = '.';
        Span<byte> points = dotted.Length <= 63 ? stackalloc byte[dotted.Length + 1] : new byte[dotted.Length + 1];
        points.Clear();
        level.Apply(dotted, points);
        // points[k] is the value before dotted[k]: between part[i] and part[i + 1] is points[i + 2].
        for (var i = 0; i < part.Length - 1; i++) after[i] = points[i + 2];
        after[^1] = 0;
    }
}
