using System.Text.RegularExpressions;

namespace Publisher.Core.Parsing.Taz;

/// <summary>The <c># taz.de -- Kicker: Headline</c> line (spec §4).</summary>
internal sealed partial record TazTitle(string? Site, string Title, bool Truncated, string? Kicker, string Headline)
{
    public static bool IsTitleLine(ReadOnlySpan<char> line) => line.StartsWith("# ");

    public static TazTitle Read(TazLine line)
    {
        var rest = line.ShownFrom(2).Trim(' ');
        string? site = null;
        var match = SiteRegex().Match(rest);
        if (match.Success)
        {
            site = match.Groups["site"].Value;
            rest = match.Groups["title"].Value;
        }

        var split = KickerSplit.Of(rest);
        return new TazTitle(site, rest, line.Truncated, split.Kicker, split.Headline);
    }

    [GeneratedRegex(@"^(?<site>[\w.-]+\.[a-z]{2,}) -- (?<title>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SiteRegex();
}
