using System.Buffers;
using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// The byte layer (spec §2.1–2.2): the bytes read by <see cref="TextDecoding"/> (a BOM says the encoding and is
/// stripped; bytes that are not UTF-8 are read as Windows-1252, a character cut before <c>…</c> is U+FFFD), lines
/// split at <c>\n</c>, <c>\r\n</c> and lone <c>\r</c> (kept as ranges into <see cref="Buffer"/>); the empty string
/// after a final line break is dropped. The text lives in a pooled buffer that the cleaning layer edits in place: no
/// line is copied until a value of the result needs it as a string. Dispose returns the buffer, so nothing read from
/// it may outlive the parse.
/// </summary>
internal sealed class TazDecodedText : IDisposable
{
    private Range[] lines;

    private TazDecodedText(char[] buffer, int length, Range[] lines, int lineCount, bool bom, bool crLf, bool isBlank)
    {
        Buffer = buffer;
        Length = length;
        this.lines = lines;
        LineCount = lineCount;
        Bom = bom;
        CrLf = crLf;
        IsBlank = isBlank;
    }

    /// <summary>The decoded text is <c>Buffer[..Length]</c>; the buffer may be longer.</summary>
    public char[] Buffer { get; private set; }

    public int Length { get; }

    public int LineCount { get; }

    public bool Bom { get; }

    public bool CrLf { get; }

    public bool IsBlank { get; }

    /// <summary>How the bytes were read (their encoding, bytes that were not UTF-8): for the parse's diagnostics.</summary>
    public TextDecodingReport Report { get; private init; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TazDecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var buffer = TextDecoding.DecodeUtf8KeepingNewlines(bytes, out var length, out var report);
        var text = buffer.AsSpan(0, length);
        var crLf = text.IndexOf("\r\n") >= 0;
        var blank = text.IsWhiteSpace();
        var lines = ArrayPool<Range>.Shared.Rent(blank ? 0 : text.Count('\n') + text.Count('\r') + 1);
        var lineCount = blank ? 0 : SplitLines(text, lines);
        return new TazDecodedText(buffer, length, lines, lineCount, report.Bom, crLf, blank) { Report = report };
    }

    /// <summary>Where line <paramref name="index"/> (0-based) lies in <see cref="Buffer"/>.</summary>
    public Range LineRange(int index) => lines[index];

    public Span<char> Line(int index) => Buffer.AsSpan(0, Length)[lines[index]];

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(Buffer);
        ArrayPool<Range>.Shared.Return(lines);
        Buffer = [];
        lines = [];
    }

    /// <summary>Fills <paramref name="lines"/> (at least one more slot than there are line breaks); returns the count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SplitLines(ReadOnlySpan<char> text, Range[] lines)
    {
        var count = 0;
        var start = 0;
        while (start < text.Length)
        {
            var end = text[start..].IndexOfAny('\n', '\r');
            if (end < 0)
            {
                lines[count++] = start..text.Length;
                break;
            }

            end += start;
            lines[count++] = start..end;
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        return count;
    }
}
