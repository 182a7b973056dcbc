using System.Buffers;
using System.Text;

namespace Publisher.Core.Parsing;

/// <summary>
/// Bytes to text the same way for every format. A byte order mark says the encoding (UTF-8, UTF-16 or UTF-32, either
/// byte order) and is dropped; without one the text is UTF-8, unless its zero bytes say UTF-16 (see
/// <see cref="ByZeroBytes"/>), and bytes that are not UTF-8 are read as Windows-1252 (what a Latin-1 file written on
/// Windows holds), so no letter is lost: <see cref="TextDecodingReport"/> says so. Only a
/// broken character directly before <c>…</c> becomes U+FFFD: that is how taz's renderer cuts long lines (taz spec §5).
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Windows-1252 for the bytes 0x80–0xFF; the five it leaves undefined stay C1 controls (which no output carries).</summary>
    private static readonly char[] Windows1252High = HighHalf();

    /// <summary>As <see cref="DecodePooled(ReadOnlySpan{byte}, out int, out TextDecodingReport)"/>, for a caller that reports nothing.</summary>
    public static char[] DecodePooled(ReadOnlySpan<byte> content, out int length) => DecodePooled(content, out length, out _);

    /// <summary>
    /// The text in a buffer of <see cref="ArrayPool{T}.Shared"/> (the caller returns it): its first <paramref name="length"/>
    /// characters, newlines as <c>\n</c>. A reader that keeps only parts of the text makes strings of those alone.
    /// </summary>
    public static char[] DecodePooled(ReadOnlySpan<byte> content, out int length, out TextDecodingReport report)
    {
        var buffer = DecodeKeepingNewlines(content, out length, out report);
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

    /// <summary>As <see cref="DecodePooled(ReadOnlySpan{byte}, out int, out TextDecodingReport)"/> with <c>\r\n</c> and <c>\r</c> left as they are.</summary>
    public static char[] DecodeKeepingNewlines(ReadOnlySpan<byte> content, out int length, out TextDecodingReport report)
    {
        var (encoding, bom) = ByBom(content);
        content = content[bom..];
        var guessed = bom == 0 ? ByZeroBytes(content) : null;
        if ((encoding ?? guessed) is { } wideEncoding)
        {
            var wide = ArrayPool<char>.Shared.Rent(Math.Max(1, wideEncoding.GetMaxCharCount(content.Length)));
            length = wideEncoding.GetChars(content, wide);
            report = new TextDecodingReport(Bom: encoding is not null, GuessedEncoding: guessed?.WebName);
            return wide;
        }
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, Lenient.GetMaxCharCount(content.Length)));
        if (System.Text.Unicode.Utf8.IsValid(content))
        {
            length = Lenient.GetChars(content, buffer);
            report = new TextDecodingReport(Bom: bom > 0);
            return buffer;
        }
        length = DecodeMixed(content, buffer, out var notUtf8, out var firstLine, out var alsoUtf8);
        report = new TextDecodingReport(bom > 0, notUtf8, firstLine, alsoUtf8);
        return buffer;
    }

    /// <summary>
    /// The taz format's own reading (its spec §2.2), for dumps: one leading UTF-8 byte order mark is dropped and the rest
    /// is UTF-8, every invalid sequence one U+FFFD; no other encoding is considered. The report counts the invalid
    /// bytes but those of a character cut before <c>…</c> (§5), and says where the first is.
    /// </summary>
    public static char[] DecodeUtf8KeepingNewlines(ReadOnlySpan<byte> content, out int length, out TextDecodingReport report)
    {
        var bom = content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        content = content[bom..];
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, Lenient.GetMaxCharCount(content.Length)));
        if (System.Text.Unicode.Utf8.IsValid(content))
        {
            length = Lenient.GetChars(content, buffer);
            report = new TextDecodingReport(Bom: bom > 0);
            return buffer;
        }
        length = DecodeMixed(content, buffer, out var invalid, out var firstLine, out _, replace: true);
        report = new TextDecodingReport(bom > 0, invalid, firstLine, Replaced: true);
        return buffer;
    }

    /// <summary>The encoding a byte order mark names (null for UTF-8 or none) and the mark's length.</summary>
    private static (Encoding? Encoding, int Length) ByBom(ReadOnlySpan<byte> content) => content switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (null, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: false), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: false), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false), 2),
        _ => (null, 0),
    };

    /// <summary>
    /// UTF-16 without a byte order mark, as Windows tools write it: text has no zero bytes in UTF-8 (nor in
    /// Windows-1252), but in UTF-16 every Latin letter has one, on the same side of each byte pair. Looks at the
    /// first 4 KB, at least 16 pairs of it: at least a quarter of the pairs have a zero byte, all on one side. Null
    /// for anything else.
    /// </summary>
    private static Encoding? ByZeroBytes(ReadOnlySpan<byte> content)
    {
        var sample = content[..(Math.Min(content.Length, 4096) & ~1)];
        if (sample.Length < 32 || !sample.Contains((byte)0)) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        var pairs = sample.Length / 2;
        if (evenZeros == 0 && oddZeros * 4 >= pairs) return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
        if (oddZeros == 0 && evenZeros * 4 >= pairs) return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);
        return null;
    }

    /// <summary>
    /// UTF-8 where the bytes are, Windows-1252 where they are not (or, with <paramref name="replace"/>, one U+FFFD for
    /// each invalid sequence), U+FFFD for a character cut before <c>…</c>. Returns the length written to
    /// <paramref name="into"/> (at least one character per byte fits).
    /// </summary>
    private static int DecodeMixed(ReadOnlySpan<byte> bytes, char[] into, out int notUtf8, out int firstLine, out bool alsoUtf8, bool replace = false)
    {
        var written = 0;
        (notUtf8, firstLine, alsoUtf8) = (0, 0, false);
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes, into.AsSpan(written), out var read, out var made, replaceInvalidSequences: false);
            alsoUtf8 |= into.AsSpan(written, made).ContainsAnyExceptInRange('\0', '\u007F');
            written += made;
            bytes = bytes[read..];
            if (status != OperationStatus.InvalidData) break;
            System.Text.Rune.DecodeFromUtf8(bytes, out _, out var broken);
            if (bytes[broken..].StartsWith("…"u8))
            {
                into[written++] = '\uFFFD';
            }
            else
            {
                if (notUtf8 == 0) firstLine = LineAt(into.AsSpan(0, written));
                notUtf8 += broken;
                if (replace) into[written++] = '\uFFFD';
                else foreach (var b in bytes[..broken]) into[written++] = Windows1252High[b - 0x80];
            }
            bytes = bytes[broken..];
        }
        return written;
    }

    /// <summary>The 1-based line that text following <paramref name="before"/> stands on (<c>\n</c>, <c>\r\n</c> or <c>\r</c> end a line).</summary>
    private static int LineAt(ReadOnlySpan<char> before) =>
        1 + before.Count('\n') + before.Count('\r') - before.Count("\r\n");

    private static char[] HighHalf()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback)!;
        var high = new char[128];
        for (var b = 0x80; b <= 0xFF; b++)
        {
            var c = windows1252.GetString([(byte)b]);
            high[b - 0x80] = c is [var single] && single != '\uFFFD' ? single : (char)b;
        }
        return high;
    }
}
