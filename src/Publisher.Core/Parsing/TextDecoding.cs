using System.Buffers;
using System.Text;

namespace Publisher.Core.Parsing;

/// <summary>Bytes to text the same way for every format: one BOM dropped, invalid UTF-8 replaced, newlines as <c>\n</c>.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The text in a buffer of <see cref="ArrayPool{T}.Shared"/> (the caller returns it): its first <paramref name="length"/>
    /// characters. A reader that keeps only parts of the text makes strings of those alone.
    /// </summary>
    public static char[] DecodePooled(ReadOnlySpan<byte> content, out int length)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) content = content[3..];
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, Utf8.GetMaxCharCount(content.Length)));
        length = Utf8.GetChars(content, buffer);
        var text = buffer.AsSpan(0, length);
        var cr = text.IndexOf('\r');
        if (cr < 0) return buffer;
        // "\r\n" and a lone "\r" become "\n", closing up towards the start.
        var written = cr;
        for (var i = cr; i < text.Length; i++)
        {
            if (text[i] != '\r')
            {
                text[written++] = text[i];
                continue;
            }
            text[written++] = '\n';
            if (i + 1 < text.Length && text[i + 1] == '\n') i++;
        }
        length = written;
        return buffer;
    }
}
