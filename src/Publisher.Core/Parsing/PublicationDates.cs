using System.Globalization;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>Reads the dates people write in front matter: a day, or a day with a time and optional offset.</summary>
public static class PublicationDates
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss zzz",
    ];

    /// <summary>
    /// Null when the text is no date, or a date outside <see cref="PublicationDate.Earliest"/>…<see cref="PublicationDate.Latest"/>
    /// (<see cref="IsOutOfRange"/> tells which). Times without an offset are taken in <paramref name="zone"/>.
    /// </summary>
    public static PublicationDate? Parse(string text, TimeZoneInfo zone)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return PublicationDate.IsSupported(day) ? new PublicationDate(day) : null;
        // Checked before any offset is applied: near the ends of DateTime's range that step throws.
        if (IsOutOfRange(text)) return null;
        if (!DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
            return null;
        DateTimeOffset instant;
        if (HasOffset(text))
        {
            if (!DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out instant))
                return null;
        }
        else
        {
            var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            instant = new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
        }
        return new PublicationDate(DateOnly.FromDateTime(instant.DateTime), instant);
    }

    /// <summary>Whether the text starts with a calendar day, <c>YYYY-MM-DD</c>, outside the supported range.</summary>
    public static bool IsOutOfRange(string text) =>
        text.Length >= 10
        && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
        && !PublicationDate.IsSupported(day);

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.Length > 19 && (text[^6] is '+' or '-') && text[^3] == ':';
}
