using System.Globalization;
using Publisher.Core.Model;

namespace Publisher.Templating.Views;

/// <summary>Dates as readers of a language write them; fixed tables, so output never depends on the machine's ICU.</summary>
public static class DateText
{
    private static readonly string[] German = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
    private static readonly string[] English = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary><c>30. Dezember 2021</c> (de), <c>30 December 2021</c> (en), ISO otherwise.</summary>
    public static string Long(DateOnly date, string language) => Primary(language) switch
    {
        "de" => string.Create(CultureInfo.InvariantCulture, $"{date.Day}. {German[date.Month - 1]} {date.Year}"),
        "en" => string.Create(CultureInfo.InvariantCulture, $"{date.Day} {English[date.Month - 1]} {date.Year}"),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>A date range: <c>2.–8. November 2026</c> (de), <c>2–8 November 2026</c> (en).</summary>
    public static string Range(DateOnly first, DateOnly last, string language)
    {
        if (first == last) return Long(first, language);
        if (first.Month != last.Month || first.Year != last.Year) return $"{Long(first, language)} – {Long(last, language)}";
        return Primary(language) switch
        {
            "de" => string.Create(CultureInfo.InvariantCulture, $"{first.Day}.–{Long(last, language)}"),
            "en" => string.Create(CultureInfo.InvariantCulture, $"{first.Day}–{Long(last, language)}"),
            _ => $"{Long(first, language)} – {Long(last, language)}",
        };
    }

    private static string Primary(string language) => LanguageTag.Primary(language);
}
