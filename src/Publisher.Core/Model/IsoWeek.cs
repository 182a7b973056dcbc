using System.Globalization;

namespace Publisher.Core.Model;

/// <summary>An ISO 8601 week: the week-year (which may differ from the calendar year) and week 1–53.</summary>
public readonly record struct IsoWeek(int Year, int Week) : IComparable<IsoWeek>
{
    public static IsoWeek From(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(dateTime), ISOWeek.GetWeekOfYear(dateTime));
    }

    /// <summary>Monday of this week.</summary>
    public DateOnly Start => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    /// <summary>Sunday of this week.</summary>
    public DateOnly End => Start.AddDays(6);

    public IsoWeek Previous => From(Start.AddDays(-7));

    public IsoWeek Next => From(Start.AddDays(7));

    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        if (text is not { Length: 8 } || text[4] != '-' || text[5] != 'W') return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (!int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return false;
        if (year < 1 || number < 1 || number > ISOWeek.GetWeeksInYear(year)) return false;
        week = new IsoWeek(year, number);
        return true;
    }

    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    /// <summary>The week as readers name it, after <paramref name="word"/>: <c>Woche 47/2026</c>, <c>Week 47/2026</c>.</summary>
    public string Title(string word) => string.Create(CultureInfo.InvariantCulture, $"{word} {Week}/{Year}");

    /// <summary>The ISO form <c>YYYY-Www</c>; safe to use as a file name.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");
}
