namespace Publisher.Typesetting.LineBreaking;

/// <summary>
/// Keeps inline code as written: a hyphen the line breaker adds inside an identifier (<c>Ini-tializeHost</c>) reads as
/// part of it, and a reader who copies or retypes the name gets it wrong. So code is never hyphenated.
/// </summary>
internal static class CodeText
{
    /// <summary>
    /// <paramref name="breaks"/> without the ones that add a hyphen inside code or at its edges (hyphenation points and
    /// soft hyphens). Breaks that add nothing stay: after a hyphen the code has itself, after an address's separators,
    /// and the last-resort breaks between characters of a word wider than the measure.
    /// </summary>
    public static List<BreakOpportunity> WithoutHyphens(List<PieceText> segments, List<bool> isCode, List<BreakOpportunity> breaks)
    {
        if (!isCode.Contains(true)) return breaks;
        var code = new List<(int Start, int End)>();
        var offset = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            if (isCode[i]) code.Add((offset, offset + segments[i].Length));
            offset += segments[i].Length;
        }
        // A break at o falls between characters o - 1 and o.
        return [.. breaks.Where(b => !b.AddsHyphen || !(IsCode(code, b.Offset - 1) || IsCode(code, b.Offset)))];
    }

    private static bool IsCode(List<(int Start, int End)> code, int index)
    {
        foreach (var (start, end) in code)
        {
            if (index >= start && index < end) return true;
        }
        return false;
    }
}
