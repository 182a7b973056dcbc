namespace Publisher.Pdf.Tests.Properties;

/// <summary>Lines of Markdown blocks put into a list or a block quote, as people indent them.</summary>
internal static class Containers
{
    /// <summary>A list of <paramref name="items"/>, each one or more blocks; a loose list has blank lines between its items.</summary>
    public static string[] List(string[][][] items, bool ordered, bool loose, string bullet)
    {
        var lines = new List<string>();
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0 && loose) lines.Add("");
            var content = Joined(items[i]);
            // "* ***" and "- ---" are thematic breaks, not items holding one.
            var marker = ordered ? $"{i + 1}. " : (content[0].Trim(bullet[0]).Length == 0 ? "+" : bullet) + " ";
            var indent = new string(' ', marker.Length);
            lines.Add(marker + content[0]);
            lines.AddRange(content.Skip(1).Select(line => line.Length == 0 ? "" : indent + line));
        }
        return [.. lines];
    }

    /// <summary>A block quote of <paramref name="blocks"/>: every line behind '>'.</summary>
    public static string[] Quote(string[][] blocks) =>
        [.. Joined(blocks).Select(line => line.Length == 0 ? ">" : "> " + line)];

    /// <summary>Blocks one after another, a blank line between two.</summary>
    private static string[] Joined(string[][] blocks) =>
        [.. blocks.SelectMany((block, i) => i == 0 ? block : ["", .. block])];
}
