using System.Globalization;

namespace Publisher.Core.Parsing.Taz;

/// <summary>ISO 8601 week-year and week as <c>YYYY-Www</c> (2022-01-01 → 2021-W52).</summary>
public static class IsoWeekFormat
{
    public static string Of(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        var year = ISOWeek.GetYear(dateTime);
        var week = ISOWeek.GetWeekOfYear(dateTime);
        return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-W{week:D2}");
    }
}
