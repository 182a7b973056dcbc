using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §10: <c>30 Dec 2021</c> as the last non-blank line of the body region. English month
/// abbreviations (any case), <c>Sept</c> and the German <c>Mär Mrz Mai Okt Dez</c>; an unknown month
/// means "not a date line" (clarification 4); an impossible calendar date consumes the line with date null.
/// </summary>
internal sealed partial record TazPublicationDate(string Raw, DateOnly? Date, int Line)
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6,
        ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
        ["sept"] = 9, ["mär"] = 3, ["mrz"] = 3, ["mai"] = 5, ["okt"] = 10, ["dez"] = 12,
    };

    public IsoWeek? IsoWeek => Date is { } date ? Model.IsoWeek.From(date) : null;

    public static TazPublicationDate? TryRead(string line, int lineNumber)
    {
        var match = DateRegex().Match(line);
        if (!match.Success || !Months.TryGetValue(match.Groups[2].Value, out var month))
        {
            return null;
        }

        var day = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        var valid = year >= 1 && day >= 1 && day <= DateTime.DaysInMonth(Math.Max(year, 1), month);
        return new TazPublicationDate(line, valid ? new DateOnly(year, month, day) : null, lineNumber);
    }

    [GeneratedRegex(@"^([0-9]{1,2})\.? ([A-Za-zÄÖÜäöü]{3,4})\.? ([0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();
}
