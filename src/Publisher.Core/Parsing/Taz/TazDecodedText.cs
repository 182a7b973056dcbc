using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// The byte layer (spec §2.1–2.2): one BOM stripped, UTF-8 decoded with U+FFFD for invalid sequences,
/// lines split at <c>\n</c>, <c>\r\n</c> and lone <c>\r</c> (kept as ranges into <see cref="Buffer"/>);
/// the empty string after a final line break is dropped. The text lives in a pooled buffer that the
/// cleaning layer edits in place: no line is copied until a value of the result needs it as a string.
/// Dispose returns the buffer, so nothing read from it may outlive the parse.
/// </summary>
internal sealed class TazDecodedText : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private TazDecodedText(char[] buffer, int length, List<Range> lines, bool bom, bool crLf, bool isBlank)
    {
        Buffer = buffer;
        Length = length;
        Lines = lines;
        Bom = bom;
        CrLf = crLf;
        IsBlank = isBlank;
    }

    /// <summary>The decoded text is <c>Buffer[..Length]</c>; the buffer may be longer.</summary>
    public char[] Buffer { get; private set; }

    public int Length { get; }

    public List<Range> Lines { get; }

    public bool Bom { get; }

    public bool CrLf { get; }

    public bool IsBlank { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TazDecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (bom)
        {
            bytes = bytes[3..];
        }

        var crLf = bytes.IndexOf("\r\n"u8) >= 0;
        var buffer = ArrayPool<char>.Shared.Rent(Utf8.GetMaxCharCount(bytes.Length));
        var length = Utf8.GetChars(bytes, buffer);
        var text = buffer.AsSpan(0, length);
        var blank = text.IsWhiteSpace();
        return new TazDecodedText(buffer, length, blank ? [] : SplitLines(text), bom, crLf, blank);
    }

    public Span<char> Line(int index) => Buffer.AsSpan(0, Length)[Lines[index]];

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(Buffer);
        Buffer = [];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<Range> SplitLines(ReadOnlySpan<char> text)
    {
        var lines = new List<Range>(text.Length / 60 + 4);
        var start = 0;
        while (start < text.Length)
        {
            var end = text[start..].IndexOfAny('\n', '\r');
            if (end < 0)
            {
                lines.Add(start..text.Length);
                break;
            }

            end += start;
            lines.Add(start..end);
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        return lines;
    }
}
