using System.Text;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// The flow lines of one paragraph joined with single spaces, remembering where each source line
/// starts so that a position in the text maps back to a 1-based file line.
/// </summary>
internal sealed class RawParagraph
{
    private readonly List<(int Offset, int Line)> lineStarts;

    private RawParagraph(string text, List<(int Offset, int Line)> lineStarts, bool truncated)
    {
        Text = text;
        this.lineStarts = lineStarts;
        Truncated = truncated;
    }

    public string Text { get; private set; }

    public bool Truncated { get; }

    public int FirstLine => lineStarts[0].Line;

    public static RawParagraph Join(IReadOnlyList<TazLine> lines)
    {
        var builder = new StringBuilder();
        var starts = new List<(int, int)>(lines.Count);
        var truncated = false;
        foreach (var line in lines)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            starts.Add((builder.Length, line.Number));
            builder.Append(line.Shown);
            truncated |= line.Truncated;
        }

        return new RawParagraph(builder.ToString(), starts, truncated);
    }

    /// <summary>Drops a prefix (the dateline) and shifts the line map with it.</summary>
    public void DropPrefix(int length)
    {
        Text = Text[length..];
        for (var i = 0; i < lineStarts.Count; i++)
        {
            lineStarts[i] = (Math.Max(0, lineStarts[i].Offset - length), lineStarts[i].Line);
        }
    }

    public int LineAt(int offset)
    {
        var line = lineStarts[0].Line;
        foreach (var (start, number) in lineStarts)
        {
            if (start > offset)
            {
                break;
            }

            line = number;
        }

        return line;
    }
}
