using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// The flow lines of one paragraph joined with single spaces, written where the caller wants them (a string, or
/// the body's shared buffer); a position in the text maps back to the 1-based file line it came from (worked out
/// from the lines when asked: only markers and warnings ask).
/// </summary>
internal readonly struct RawParagraph
{
    private readonly List<TazLine> lines;
    private readonly int start;
    private readonly int count;

    private RawParagraph(List<TazLine> lines, int start, int count, int length, bool truncated)
    {
        this.lines = lines;
        this.start = start;
        this.count = count;
        Length = length;
        Truncated = truncated;
    }

    /// <summary>Length of the joined text.</summary>
    public int Length { get; }

    public bool Truncated { get; }

    public int FirstLine => lines[start].Number;

    /// <summary>The <paramref name="count"/> lines of <paramref name="lines"/> from <paramref name="start"/>, not yet joined.</summary>
    public static RawParagraph Of(List<TazLine> lines, int start, int count)
    {
        var truncated = false;
        var length = count - 1;
        for (var i = start; i < start + count; i++)
        {
            length += lines[i].ShownLength;
            truncated |= lines[i].Truncated;
        }

        return new RawParagraph(lines, start, count, length, truncated);
    }

    /// <summary>The joined text as a string.</summary>
    public string Text() =>
        count == 1 ? lines[start].Shown : string.Create(Length, this, static (span, paragraph) => paragraph.CopyTo(span));

    /// <summary>Writes the joined text to the start of <paramref name="destination"/> (at least <see cref="Length"/> long).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CopyTo(Span<char> destination)
    {
        var position = 0;
        for (var i = start; i < start + count; i++)
        {
            var line = lines[i];
            if (position > 0)
            {
                destination[position++] = ' ';
            }

            line.CopyShownTo(destination[position..]);
            position += line.ShownLength;
        }
    }

    /// <summary>
    /// The file line of the character at <paramref name="offset"/> in the joined text without its first
    /// <paramref name="dropped"/> characters (a dateline taken off).
    /// </summary>
    public int LineAt(int offset, int dropped)
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
