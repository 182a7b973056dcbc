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
        // RoundtripKind: a time written with an offset (+01:00, +0100) or Z is not Unspecified. Checking the text instead
        // missed +0100, which was then turned into the machine's local time and read again in the site's zone.
        if (!DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var local))
            return null;
        DateTimeOffset instant;
        if (local.Kind != DateTimeKind.Unspecified)
        {
            if (!DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out instant))
                return null;
        }
        else
        {
            var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            instant = new DateTimeOffset(unspecified, LocalTimes.Offset(zone, unspecified));
        }
        return new PublicationDate(DateOnly.FromDateTime(instant.DateTime), instant);
    }

    /// <summary>Whether the text starts with a calendar day, <c>YYYY-MM-DD</c>, outside the supported range.</summary>
    public static bool IsOutOfRange(string text) =>
        text.Length >= 10
        && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
        && !PublicationDate.IsSupported(day);

    /// <summary>
    /// What is wrong with a text written as a date (<c>YYYY-MM-DD</c>, perhaps with a time) that names no day or time of the
    /// calendar: <c>is not a day of the calendar (February 2026 has 28 days)</c>, <c>has no month 13 (months are 01 to 12)</c>,
    /// <c>has no time 25:00 (hours are 00 to 23, minutes and seconds 00 to 59)</c>; null when it is not written so, or not wrong so.
    /// </summary>
    public static string? ExplainImpossible(string text)
    {
        if (text.Length < 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day) || year < 1)
            return null;
        if (month is < 1 or > 12) return $"has no month {text.Substring(5, 2)} (months are 01 to 12)";
        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
            return $"is not a day of the calendar ({CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {days} days)";
        // A time after the day, HH:MM or HH:MM:SS, whose hours, minutes or seconds no clock shows.
        if (text.Length >= 16 && text[10] is 'T' or ' ' && text[13] == ':' && TryDigits(text, 11, 2, out var hours) && TryDigits(text, 14, 2, out var minutes))
        {
            var seconds = 0;
            var withSeconds = text.Length >= 19 && text[16] == ':' && TryDigits(text, 17, 2, out seconds);
            if (hours > 23 || minutes > 59 || withSeconds && seconds > 59)
                return $"has no time {text[11..(withSeconds ? 19 : 16)]} (hours are 00 to 23, minutes and seconds 00 to 59)";
        }
        return null;
    }

    private static bool TryDigits(string text, int start, int length, out int value) =>
        int.TryParse(text.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
