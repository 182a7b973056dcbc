using System.Text;

namespace Publisher.Core.Parsing;

/// <summary>Bytes to text the same way for every format: one BOM dropped, invalid UTF-8 replaced, newlines as <c>\n</c>.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Decode(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) content = content[3..];
        var text = Utf8.GetString(content);
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }
}
