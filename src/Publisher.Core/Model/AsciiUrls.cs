using System.Text;

namespace Publisher.Core.Model;

/// <summary>
/// URLs in ASCII: an internationalised host in punycode (<c>https://xn--bcher-kva.example/</c> for
/// <c>https://bücher.example/</c>), the rest percent-escaped. The feeds write every address so (RSS 2.0 wants URLs, not
/// IRIs; Atom and JSON Feed get the same, so a feed's addresses and ids read alike in every format), and so does the
/// PDF in a link's /URI (ISO 32000-1 12.6.4.7: "encoded in 7-bit ASCII"). Compiled into the model and into the
/// typesetter, which share no other code.
/// </summary>
internal static partial class AsciiUrls
{
    public static Uri Of(Uri url)
    {
        if (!url.IsAbsoluteUri || string.Equals(url.IdnHost, url.Host, StringComparison.Ordinal)) return url;
        return new Uri(new UriBuilder(url) { Host = url.IdnHost }.Uri.AbsoluteUri);
    }

    /// <summary>
    /// <paramref name="address"/> in ASCII: as it is when it already is (not one byte changed), else as <see cref="Of(Uri)"/>
    /// writes it, and with any character still not ASCII (an address <see cref="Uri"/> does not read) percent-escaped as UTF-8.
    /// </summary>
    public static string Of(string address)
    {
        if (Ascii.IsValid(address)) return address;
        var ascii = Uri.TryCreate(address, UriKind.Absolute, out var url) ? Of(url).AbsoluteUri : address;
        if (Ascii.IsValid(ascii)) return ascii;
        var escaped = new StringBuilder(ascii.Length * 2);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in ascii.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                escaped.Append((char)rune.Value);
                continue;
            }
            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length]) escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return escaped.ToString();
    }
}
