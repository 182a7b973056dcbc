using System.Runtime.CompilerServices;

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

    /// <summary>Joins the <paramref name="count"/> lines of <paramref name="body"/> from <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RawParagraph Join(List<TazLine> body, int start, int count)
    {
        var starts = new List<(int, int)>(count);
        var truncated = false;
        var length = 0;
        for (var i = start; i < start + count; i++)
        {
            var line = body[i];
            starts.Add((length == 0 ? 0 : length + 1, line.Number));
            length += (length == 0 ? 0 : 1) + line.ShownLength;
            truncated |= line.Truncated;
        }

        var text = count == 1 ? body[start].Shown : string.Create(length, (body, start, count), static (span, source) =>
        {
            var position = 0;
            for (var i = source.start; i < source.start + source.count; i++)
            {
                var line = source.body[i];
                if (position > 0)
                {
                    span[position++] = ' ';
                }

                line.CopyShownTo(span[position..]);
                position += line.ShownLength;
            }
        });
        return new RawParagraph(text, starts, truncated);
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
