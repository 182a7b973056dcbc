namespace Publisher.Typesetting.Bidi;

/// <summary>
/// The embedding levels of a paragraph by the Unicode Bidirectional Algorithm (UAX #9) for text without explicit
/// embeddings, overrides or isolates: the paragraph is one isolating run sequence at the paragraph level, from sos to
/// eos of the paragraph's direction. Rules W1–W7 resolve weak types, N0 paired brackets (BD16, with the brackets of
/// <see cref="Openers"/>), N1–N2 the other neutrals, I1–I2 the levels. Boundary
/// neutrals (and the explicit formatting characters, classified so) are removed as X9 says and get the level of the
/// character before them.
/// </summary>
public static class BidiResolver
{
    /// <summary>The opening brackets UAX #9 pairs (Bidi_Paired_Bracket_Type Open), each with its closing bracket.</summary>
    private static readonly Dictionary<char, char> Openers = new()
    {
        ['('] = ')', ['['] = ']', ['{'] = '}', ['\u2045'] = '\u2046', ['\u27E8'] = '\u27E9', ['\u2329'] = '\u232A', ['\u3008'] = '\u3009',
        ['\uFF08'] = '\uFF09', ['\uFF3B'] = '\uFF3D',
    };

    /// <summary>
    /// Fills <paramref name="levels"/> with the level of each of <paramref name="classes"/>; <paramref name="characters"/>
    /// (the first character of each, or empty) are where paired brackets are found.
    /// </summary>
    public static void Resolve(ReadOnlySpan<BidiClass> classes, int paragraphLevel, Span<byte> levels, ReadOnlySpan<char> characters = default)
    {
        var types = new BidiClass[classes.Length];
        var kept = new char[characters.IsEmpty ? 0 : classes.Length];
        var count = 0;
        for (var i = 0; i < classes.Length; i++)
        {
            if (classes[i] == BidiClass.BN) continue;
            if (kept.Length > 0) kept[count] = characters[i];
            types[count++] = classes[i];
        }
        var sequence = types.AsSpan(0, count);
        var direction = (paragraphLevel & 1) == 0 ? BidiClass.L : BidiClass.R; // sos, eos and the embedding direction
        ResolveWeak(sequence, direction);
        if (kept.Length > 0) ResolveBrackets(sequence, kept.AsSpan(0, count), direction);
        ResolveNeutral(sequence, direction);

        var at = 0;
        var level = (byte)paragraphLevel;
        for (var i = 0; i < classes.Length; i++)
        {
            if (classes[i] != BidiClass.BN) level = Implicit(sequence[at++], paragraphLevel);
            levels[i] = level;
        }
    }

    /// <summary>
    /// N0: a pair of brackets takes the embedding direction where the text inside has that direction, else the other
    /// one where the text inside and the text before the pair have it (<c>PIK (Potsdam-Institut)</c> in Hebrew keeps its
    /// brackets around the German words); pairs without strong text inside are left to N1–N2.
    /// </summary>
    private static void ResolveBrackets(Span<BidiClass> types, ReadOnlySpan<char> characters, BidiClass direction)
    {
        foreach (var (open, close) in BracketPairs(types, characters))
        {
            var inside = BidiClass.ON;
            for (var i = open + 1; i < close && inside != direction; i++)
                if (Strong(types[i]) is { } strong) inside = strong;
            if (inside == BidiClass.ON) continue;
            var resolved = direction;
            if (inside != direction)
            {
                var before = direction; // sos
                for (var i = open - 1; i >= 0; i--)
                    if (Strong(types[i]) is { } strong) { before = strong; break; }
                resolved = before == inside ? inside : direction;
            }
            types[open] = types[close] = resolved;
        }
    }

    /// <summary>BD16: the bracket pairs of the sequence, in the order of their opening brackets (at most 63 open at once).</summary>
    private static List<(int Open, int Close)> BracketPairs(ReadOnlySpan<BidiClass> types, ReadOnlySpan<char> characters)
    {
        var pairs = new List<(int Open, int Close)>();
        var open = new List<(char Closing, int At)>();
        for (var i = 0; i < characters.Length; i++)
        {
            if (types[i] != BidiClass.ON) continue;
            if (Openers.TryGetValue(characters[i], out var closing))
            {
                if (open.Count == 63) break;
                open.Add((closing, i));
                continue;
            }
            var match = open.Count - 1;
            while (match >= 0 && open[match].Closing != characters[i]) match--;
            if (match < 0) continue;
            pairs.Add((open[match].At, i));
            open.RemoveRange(match, open.Count - match);
        }
        pairs.Sort();
        return pairs;
    }

    /// <summary>The direction a type counts as for N0: L, or R (numbers too); null for neutrals.</summary>
    private static BidiClass? Strong(BidiClass type) => type switch
    {
        BidiClass.L => BidiClass.L,
        BidiClass.R or BidiClass.EN or BidiClass.AN => BidiClass.R,
        _ => null,
    };

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
