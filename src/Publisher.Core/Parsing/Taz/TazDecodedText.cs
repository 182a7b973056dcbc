using System.Text;

namespace Publisher.Core.Parsing.Taz;

/// <summary>The byte layer (spec §2.1–2.2): BOM, UTF-8 with replacement, line endings, line split.</summary>
internal sealed record TazDecodedText(IReadOnlyList<string> Lines, bool Bom, bool CrLf, bool IsBlank)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static TazDecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (bom)
        {
            bytes = bytes[3..];
        }

        var crLf = bytes.IndexOf("\r\n"u8) >= 0;
        var text = Utf8.GetString(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new TazDecodedText([], bom, crLf, IsBlank: true);
        }

        return new TazDecodedText(SplitLines(text), bom, crLf, IsBlank: false);
    }

    /// <summary>Splits at <c>\n</c>, <c>\r\n</c> and lone <c>\r</c>; drops the empty string after a final line break.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>(text.Length / 60 + 4);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            lines.Add(text[start..i]);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }
}
