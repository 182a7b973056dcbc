using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// The framing layer (spec §3): a dump saved from an HTML table has every line as <c>| content | |</c>
/// (or <c>| content |</c> for a short last row). Never splits on <c>|</c> inside the content.
/// </summary>
internal static class TazFraming
{
    private const double FramedShare = 0.9;

    /// <summary>Whether at least 90 % of the non-empty lines are table rows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsFramed(TazDecodedText decoded)
    {
        var nonEmpty = 0;
        var rows = 0;
        for (var i = 0; i < decoded.LineCount; i++)
        {
            var line = decoded.Line(i);
            if (line.IsWhiteSpace())
            {
                continue;
            }

            nonEmpty++;
            if (TryContent(line, out _))
            {
                rows++;
            }
        }

        return nonEmpty > 0 && rows >= FramedShare * nonEmpty;
    }

    /// <summary>
    /// Strips exactly one leading <c>| </c> and one trailing <c> | |</c> (the preferred full-row reading)
    /// or, for a short row, <c> |</c>; nothing else.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryContent(ReadOnlySpan<char> line, out Range content)
    {
        if (line.Length >= 6 && line.StartsWith("| ") && line.EndsWith(" | |"))
        {
            content = 2..^4;
            return true;
        }

        if (line.Length >= 4 && line.StartsWith("| ") && line.EndsWith(" |"))
        {
            content = 2..^2;
            return true;
        }

        content = ..;
        return false;
    }
}
