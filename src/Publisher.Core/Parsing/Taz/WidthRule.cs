using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §6.2–6.3: the renderer wraps greedily at W code points, breaking only at spaces. So a line
/// ends a paragraph iff it is not truncated and the next line's first word would have fitted on it.
/// </summary>
public static class WidthRule
{
    public const int DefaultWidth = 75;

    public static bool EndsParagraph(ReadOnlySpan<char> line, bool lineTruncated, ReadOnlySpan<char> next, int width) =>
        !lineTruncated && CodePoints.Count(line) + 1 + CodePoints.Count(CodePoints.FirstWord(next)) <= width;

    /// <summary>Whether a line may vote for W: wrapped, not truncated, and containing a space.</summary>
    public static bool IsWidthCandidate(ReadOnlySpan<char> line, bool truncated) => !truncated && line.Contains(' ');

    /// <summary>W = the longest candidate line in code points, or 75 without candidates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Infer(IEnumerable<string> candidateLines)
    {
        var width = 0;
        foreach (var line in candidateLines)
        {
            width = Math.Max(width, CodePoints.Count(line));
        }

        return width == 0 ? DefaultWidth : width;
    }
}
