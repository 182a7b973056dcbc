using System.Text.RegularExpressions;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §8: <c>Place agency | rest</c> at the start of the first paragraph; every <c>/</c>-part of the
/// agency must be a known agency and the agency all lower- or all upper-case.
/// </summary>
internal static partial class DatelineReader
{
    private static readonly HashSet<string> Agencies =
        ["taz", "afp", "dpa", "rtr", "ap", "epd", "kna", "dapd", "ddp", "reuters", "sid", "apa", "ots", "ips"];

    /// <summary>The dateline and the length of the prefix it takes (up to and including <c>| </c>).</summary>
    public static (TazDateline Dateline, int PrefixLength)? TryRead(string paragraph)
    {
        var match = DatelineRegex().Match(paragraph);
        if (!match.Success)
        {
            return null;
        }

        var agency = match.Groups["agency"].Value;
        var sameCase = agency == agency.ToLowerInvariant() || agency == agency.ToUpperInvariant();
        if (!sameCase || !agency.Split('/').All(part => Agencies.Contains(part.ToLowerInvariant())))
        {
            return null;
        }

        var dateline = new TazDateline(match.Groups["place"].Value, agency);
        return (dateline, match.Groups["rest"].Index);
    }

    [GeneratedRegex(@"^(?<place>[^\W\d_a-z][\w\-'’.()]*(?:[ /][\w\-'’.()]+){0,4}) (?<agency>[A-Za-z]{2,7}(?:/[A-Za-z]{2,7})*) \| (?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex DatelineRegex();
}
