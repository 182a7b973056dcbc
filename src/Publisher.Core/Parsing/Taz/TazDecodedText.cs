using System.Runtime.CompilerServices;
using System.Text;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// The byte layer (spec §2.1–2.2): one BOM stripped, UTF-8 decoded with U+FFFD for invalid sequences,
/// lines split at <c>\n</c>, <c>\r\n</c> and lone <c>\r</c> (kept as ranges into <see cref="Text"/>, so a
/// line is copied only once, when it is cleaned); the empty string after a final line break is dropped.
/// </summary>
internal sealed record TazDecodedText(string Text, List<Range> Lines, bool Bom, bool CrLf, bool IsBlank)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TazDecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (bom)
        {
            bytes = bytes[3..];
        }

        var crLf = bytes.IndexOf("\r\n"u8) >= 0;
        var text = Utf8.GetString(bytes);
        var blank = string.IsNullOrWhiteSpace(text);
        return new TazDecodedText(text, blank ? [] : SplitLines(text), bom, crLf, blank);
    }

    public ReadOnlySpan<char> Line(int index) => Text.AsSpan(Lines[index]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<Range> SplitLines(string text)
    {
        var lines = new List<Range>(text.Length / 60 + 4);
        var start = 0;
        while (start < text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny('\n', '\r');
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
