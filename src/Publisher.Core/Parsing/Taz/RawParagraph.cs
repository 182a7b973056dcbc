using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// The flow lines of one paragraph joined with single spaces; a position in the text maps back to the
/// 1-based file line it came from (worked out from the lines when asked: only markers and warnings ask).
/// </summary>
internal sealed class RawParagraph
{
    private readonly List<TazLine> lines;
    private readonly int start;
    private readonly int count;
    private int dropped;

    private RawParagraph(string text, List<TazLine> lines, int start, int count, bool truncated)
    {
        Text = text;
        this.lines = lines;
        this.start = start;
        this.count = count;
        Truncated = truncated;
    }

    public string Text { get; private set; }

    public bool Truncated { get; }

    public int FirstLine => lines[start].Number;

    /// <summary>Joins the <paramref name="count"/> lines of <paramref name="lines"/> from <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RawParagraph Join(List<TazLine> lines, int start, int count)
    {
        var truncated = false;
        var length = count - 1;
        for (var i = start; i < start + count; i++)
        {
            length += lines[i].ShownLength;
            truncated |= lines[i].Truncated;
        }

        var text = count == 1 ? lines[start].Shown : string.Create(length, (lines, start, count), static (span, source) =>
        {
            var position = 0;
            for (var i = source.start; i < source.start + source.count; i++)
            {
                var line = source.lines[i];
                if (position > 0)
                {
                    span[position++] = ' ';
                }

                line.CopyShownTo(span[position..]);
                position += line.ShownLength;
            }
        });
        return new RawParagraph(text, lines, start, count, truncated);
    }

    /// <summary>Drops a prefix (the dateline); positions shift with it.</summary>
    public void DropPrefix(int length)
    {
        Text = Text[length..];
        dropped += length;
    }

    /// <summary>The file line of the character at <paramref name="offset"/> in <see cref="Text"/>.</summary>
    public int LineAt(int offset)
    {
        var line = lines[start].Number;
        var lineStart = 0;
        for (var i = start; i < start + count; i++)
        {
            if (Math.Max(0, lineStart - dropped) > offset)
            {
                break;
            }

            line = lines[i].Number;
            lineStart += lines[i].ShownLength + 1;
        }

        return line;
    }
}
