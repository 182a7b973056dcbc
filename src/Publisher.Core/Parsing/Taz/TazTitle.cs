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
        // "site -- title": the site holds no space, so it ends at the first one; matched alone, without a match object.
        var space = rest.IndexOf(' ');
        if (space > 0 && rest.AsSpan(space).StartsWith(" -- ") && SiteRegex().IsMatch(rest.AsSpan(0, space)))
        {
            site = rest[..space];
            rest = rest[(space + 4)..].TrimStart(' '); // text fields hold no leading space (§14): "-- " may be followed by more
        }

        var split = KickerSplit.Of(rest);
        return new TazTitle(site, rest, line.Truncated, split.Kicker, split.Headline);
    }

    [GeneratedRegex(@"^[\w.-]+\.[a-z]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex SiteRegex();
}
