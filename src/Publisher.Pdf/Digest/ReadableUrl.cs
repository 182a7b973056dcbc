using System.Buffers;
using System.Globalization;
using System.Text;

namespace Publisher.Pdf.Digest;

/// <summary>
/// A URL as a reader should see it printed, the way browsers show one in the address bar: percent-encoded letters
/// decoded (<c>Mobilit%C3%A4tsgesetz</c> → <c>Mobilitätsgesetz</c>). Only what decodes to printable text is decoded:
/// reserved and other ASCII characters (<c>%2F</c>, <c>%3F</c>, <c>%25</c>, spaces), control and format characters
/// (bidi overrides included), separators, unassigned code points and bytes that are not UTF-8 stay encoded, so the
/// printed URL still names the same resource and hides nothing. The link's target itself stays encoded.
/// </summary>
public static class ReadableUrl
{
    public static string Decode(string url)
    {
        if (!url.Contains('%')) return url;
        var result = new StringBuilder(url.Length);
        var bytes = new List<byte>();
        var i = 0;
        while (i < url.Length)
        {
            var start = i;
            bytes.Clear();
            while (i + 2 < url.Length && url[i] == '%' && byte.TryParse(url.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                bytes.Add(value);
                i += 3;
            }
            if (bytes.Count == 0) result.Append(url[i++]);
            else AppendRun(result, url.AsSpan(start, i - start), bytes.ToArray());
        }
        return result.ToString();
    }

    /// <summary>A run of %XX escapes (<paramref name="encoded"/>, three characters per byte of <paramref name="bytes"/>), decoded where readable.</summary>
    private static void AppendRun(StringBuilder result, ReadOnlySpan<char> encoded, byte[] bytes)
    {
        var position = 0;
        while (position < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes.AsSpan(position), out var rune, out var consumed);
            if (status == OperationStatus.Done && IsReadable(rune)) result.Append(rune.ToString());
            else result.Append(encoded.Slice(position * 3, consumed * 3));
            position += consumed;
        }
    }

    private static bool IsReadable(Rune rune) => rune.IsAscii
        ? Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '.' or '_' or '~'
        : Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
}
