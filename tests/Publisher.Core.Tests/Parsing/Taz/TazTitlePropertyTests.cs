using System.Text.RegularExpressions;
using CsCheck;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Tests.Parsing.Taz;

/// <summary>
/// The title line's site is matched alone, up to the first space; site and title must be what spec §4's pattern
/// reads over the whole line.
/// </summary>
public sealed partial class TazTitlePropertyTests
{
    private static readonly Gen<string> Rest =
        Gen.OneOf("taz.de", "www.taz.de", "taz.DE", "taz.d", "a-b.example", "x_y.org", "taz.de1", ".de", "taz", " -- ", "--", " - ",
                " ", "  ", "Wohnen", ": ", "Mehr Geld", "ä.de", "😀", "\u0301", "—", "taz.de --", "-- x")
            .Array[0, 8]
            .Select(string.Concat);

    [Fact]
    public void Reads_what_the_pattern_reads_over_the_whole_line()
    {
        Rest.Sample(rest =>
        {
            var text = ("# " + rest).ToCharArray();
            var title = TazTitle.Read(new TazLine(1, text, 0, text.Length, truncated: false));
            var expected = Reference(rest.Trim(' '));
            Assert.Equal(expected, (title.Site, title.Title));
        }, iter: 20000);
    }

    private static (string? Site, string Title) Reference(string rest)
    {
        var match = Pattern().Match(rest);
        // §14: a text field holds no leading space, so one that follows "-- " goes too.
        return match.Success ? (match.Groups["site"].Value, match.Groups["title"].Value.TrimStart(' ')) : (null, rest);
    }

    [GeneratedRegex(@"^(?<site>[\w.-]+\.[a-z]{2,}) -- (?<title>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
