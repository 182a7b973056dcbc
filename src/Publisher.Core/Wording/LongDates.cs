using System.Globalization;

namespace Publisher.Core.Wording;

/// <summary>
/// A language's long date as CLDR's <c>dateFormats/long</c> writes it, from fixed tables so output never depends on
/// the machine's ICU: the day, <paramref name="DayEnd"/> (<c>.</c> in German, Danish, Finnish, Czech…), the month's
/// name in its date form (<paramref name="Months"/>: the genitive in Polish and Czech, the partitive in Finnish),
/// each after its separator (<c> de </c> in Spanish and Portuguese): <c>30. Dezember 2021</c>, <c>30 de diciembre de 2021</c>.
/// <paramref name="FirstDay"/>: how the first of a month is written where that is not <c>1</c> (French <c>1er</c>, as its
/// editors write it, though CLDR has <c>1</c>).
/// </summary>
public sealed record LongDates(IReadOnlyList<string> Months, string DayEnd = "", string BeforeMonth = " ", string BeforeYear = " ", string? FirstDay = null)
{
    /// <summary>No month names: dates are ISO, <c>2026-11-10</c>, in every language the catalogue does not know.</summary>
    public static readonly LongDates Iso = new([]);

    /// <summary><c>30 décembre 2021</c>; ISO for <see cref="Iso"/>.</summary>
    public string Long(DateOnly date) => Months.Count == 0
        ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Day(date)}{DayEnd}{BeforeMonth}{Months[date.Month - 1]}{BeforeYear}{date.Year}");

    /// <summary>
    /// A range of days: within one month the first day alone before the last day's date (<c>2.–8. November 2026</c>,
    /// <c>2–8 de noviembre de 2026</c>, as CLDR's interval formats), else both dates whole (<c>26 octobre 2026 – 1 novembre 2026</c>).
    /// </summary>
    public string Range(DateOnly first, DateOnly last)
    {
        if (first == last) return Long(first);
        if (Months.Count == 0 || first.Month != last.Month || first.Year != last.Year) return $"{Long(first)} – {Long(last)}";
        return string.Create(CultureInfo.InvariantCulture, $"{Day(first)}{DayEnd}–{Long(last)}");
    }

    private string Day(DateOnly date) => date.Day == 1 && FirstDay is not null ? FirstDay : date.Day.ToString(CultureInfo.InvariantCulture);
}
