namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// The framing layer (spec §3): a dump saved from an HTML table has every line as <c>| content | |</c>
/// (or <c>| content |</c> for a short last row). Never splits on <c>|</c> inside the content.
/// </summary>
internal static class TazFraming
{
    private const double FramedShare = 0.9;

    /// <summary>Unframes the lines in place when at least 90 % of the non-empty ones are rows.</summary>
    public static bool Unframe(IList<string> lines)
    {
        var nonEmpty = 0;
        var rows = 0;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            nonEmpty++;
            if (TryContent(line, out _))
            {
                rows++;
            }
        }

        if (nonEmpty == 0 || rows < FramedShare * nonEmpty)
        {
            return false;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (TryContent(lines[i], out var content))
            {
                lines[i] = content;
            }
        }

        return true;
    }

    /// <summary>Full row <c>| x | |</c> first (the preferred reading), then short row <c>| x |</c>.</summary>
    public static bool TryContent(string line, out string content)
    {
        if (line.Length >= 6 && line.StartsWith("| ", StringComparison.Ordinal) && line.EndsWith(" | |", StringComparison.Ordinal))
        {
            content = line[2..^4];
            return true;
        }

        if (line.Length >= 4 && line.StartsWith("| ", StringComparison.Ordinal) && line.EndsWith(" |", StringComparison.Ordinal))
        {
            content = line[2..^2];
            return true;
        }

        content = line;
        return false;
    }
}
