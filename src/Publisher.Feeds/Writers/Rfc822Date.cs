using System.Globalization;

namespace Publisher.Feeds.Writers;

/// <summary>
/// RSS dates as RFC 822 (with RFC 1123's four-digit year) and a numeric zone: <c>Mon, 02 Nov 2026 00:00:00 +0100</c>.
/// The Syndication formatter writes <c>… Z</c> for UTC, a military zone some readers reject; a numeric offset every reader takes.
/// </summary>
public static class Rfc822Date
{
    public static string Format(DateTimeOffset instant)
    {
        var offset = instant.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture,
            $"{instant.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)} {sign}{abs.Hours:D2}{abs.Minutes:D2}");
    }
}
