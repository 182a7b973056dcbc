using System.Text.RegularExpressions;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §8: <c>Place agency | rest</c> at the start of the first paragraph; every <c>/</c>-part of the
/// agency must be a known agency and the agency all lower- or all upper-case.
/// </summary>
internal static partial class DatelineReader
{
    private static readonly HashSet<string> Agencies = new(
        ["taz", "afp", "dpa", "rtr", "ap", "epd", "kna", "dapd", "ddp", "reuters", "sid", "apa", "ots", "ips"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgencyLookup =
        Agencies.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The dateline and the length of the prefix it takes (up to and including <c>| </c>).</summary>
    public static (TazDateline Dateline, int PrefixLength)? TryRead(ReadOnlySpan<char> paragraph)
    {
        // Neither place nor agency holds a '|': a dateline ends at the first one, which a space follows, and only
        // that head is matched (no string, no match object).
        var pipe = paragraph.IndexOf('|');
        if (pipe < 0 || pipe + 1 >= paragraph.Length || paragraph[pipe + 1] != ' ')
        {
            return null;
        }

        var head = paragraph[..(pipe + 2)];
        if (!DatelineRegex().IsMatch(head))
        {
            return null;
        }

        // "place agency | ": the agency has no space, the place ends at the last one before it.
        var words = head[..^3];
        var space = words.LastIndexOf(' ');
        var agency = words[(space + 1)..];
        var sameCase = !agency.ContainsAnyInRange('A', 'Z') || !agency.ContainsAnyInRange('a', 'z');
        if (!sameCase || !AllKnown(agency))
        {
            return null;
        }

        return (new TazDateline(new string(words[..space]), new string(agency)), head.Length);
    }

    private static bool AllKnown(ReadOnlySpan<char> agency)
    {
        foreach (var part in agency.Split('/'))
        {
            if (!AgencyLookup.Contains(agency[part]))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?<place>[^\W\d_a-z][\w\-'’.()]*(?:[ /][\w\-'’.()]+){0,4}) (?<agency>[A-Za-z]{2,7}(?:/[A-Za-z]{2,7})*) \| (?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex DatelineRegex();
}
