using System.Text.RegularExpressions;
using CsCheck;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Tests.Parsing.Taz;

/// <summary>
/// The dateline reader matches only the head of the paragraph up to its first <c>| </c>; it must read what the
/// spec's pattern (§8) reads over the whole paragraph, with the agency check done on the matched groups.
/// </summary>
public sealed partial class DatelinePropertyTests
{
    private static readonly HashSet<string> Agencies =
        ["taz", "afp", "dpa", "rtr", "ap", "epd", "kna", "dapd", "ddp", "reuters", "sid", "apa", "ots", "ips"];

    private static readonly Gen<string> Paragraph =
        Gen.OneOf("Berlin", "Port Alder", "São Paulo", "St. Gallen", "Rio de Janeiro-Nord", "Köln/Bonn", "berlin", "3 Tage",
                "_x", " ", " ", " ", "/", "taz", "TAZ", "Taz", "dpa/afp", "DPA/AFP", "dpa/Afp", "epd", "reuters", "xyz", "a",
                "|", " | ", "| ", " |", "||", "Die Schulleitung erklärt.", "(ots)", "’", "'", "-", ".", "😀", "\n", "ß")
            .Array[0, 10]
            .Select(string.Concat);

    [Fact]
    public void Reads_what_the_pattern_reads_over_the_whole_paragraph()
    {
        Paragraph.Sample(text =>
        {
            var expected = Reference(text);
            var actual = DatelineReader.TryRead(text);
            Assert.Equal(expected, actual is { } found ? (found.Dateline.Place, found.Dateline.Agency, found.PrefixLength) : null);
        }, iter: 20000);
    }

    [Theory]
    [InlineData("Port Alder epd | Die Schulleitung", "Port Alder", "epd", 17)]
    [InlineData("Köln/Bonn dpa/AFP | x", null, null, 0)]
    [InlineData("Köln/Bonn DPA/AFP | x", "Köln/Bonn", "DPA/AFP", 20)]
    [InlineData("Berlin taz |x", null, null, 0)]
    public void Reads_place_agency_and_prefix(string text, string? place, string? agency, int prefix)
    {
        var found = DatelineReader.TryRead(text);
        Assert.Equal(place, found?.Dateline.Place);
        Assert.Equal(agency, found?.Dateline.Agency);
        Assert.Equal(prefix, found?.PrefixLength ?? 0);
    }

    /// <summary>Spec §8 as first written: the pattern over the whole paragraph, groups taken from the match.</summary>
    private static (string Place, string Agency, int Prefix)? Reference(string paragraph)
    {
        var match = Pattern().Match(paragraph);
        if (!match.Success) return null;
        var agency = match.Groups["agency"].Value;
        var sameCase = agency == agency.ToLowerInvariant() || agency == agency.ToUpperInvariant();
        if (!sameCase || !agency.Split('/').All(part => Agencies.Contains(part.ToLowerInvariant()))) return null;
        return (match.Groups["place"].Value, agency, match.Groups["rest"].Index);
    }

    [GeneratedRegex(@"^(?<place>[^\W\d_a-z][\w\-'’.()]*(?:[ /][\w\-'’.()]+){0,4}) (?<agency>[A-Za-z]{2,7}(?:/[A-Za-z]{2,7})*) \| (?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Pattern();
}
