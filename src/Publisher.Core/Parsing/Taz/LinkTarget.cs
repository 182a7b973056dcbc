using System.Buffers;
using System.Text;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §9: a LINKS target as an absolute URL. <c>/path</c> and bare targets go to https://taz.de,
/// <c>//host</c> gets <c>https:</c>, http/https/mailto/gopher stay; then every character outside
/// printable ASCII and every space is percent-encoded as UTF-8 (<c>!</c> stays).
/// </summary>
public static class LinkTarget
{
    public const string SiteRoot = "https://taz.de";

    private static readonly string[] KeptSchemes = ["http:", "https:", "mailto:", "gopher:"];

    /// <summary><c>!</c> to <c>~</c>.</summary>
    private static readonly SearchValues<char> PrintableAscii = CharRanges.Set('!', '~');

    public static string ToUrl(string target)
    {
        string absolute;
        if (target.StartsWith("//", StringComparison.Ordinal))
        {
            absolute = "https:" + target;
        }
        else if (target.StartsWith('/'))
        {
            absolute = SiteRoot + target;
        }
        else if (HasKeptScheme(target))
        {
            absolute = target;
        }
        else
        {
            absolute = SiteRoot + "/" + target;
        }

        return PercentEncode(absolute);
    }

    private static bool HasKeptScheme(string target)
    {
        foreach (var scheme in KeptSchemes)
        {
            if (target.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static string PercentEncode(string url)
    {
        if (!url.AsSpan().ContainsAnyExcept(PrintableAscii))
        {
            return url;
        }

        var builder = new StringBuilder(url.Length + 16);
        Span<byte> buffer = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7F)
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(buffer);
            for (var b = 0; b < length; b++)
            {
                builder.Append('%').Append(buffer[b].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
