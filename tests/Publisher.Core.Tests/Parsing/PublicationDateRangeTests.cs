using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Taz;
using Publisher.Core.Tests.Parsing.Markdown;

namespace Publisher.Core.Tests.Parsing;

/// <summary>
/// A date a build cannot count from (an instant before year 1 once shifted into the site's zone, the week after
/// 31 Dec 9999) is a located error on its file, which is skipped; it never stops the build.
/// </summary>
public class PublicationDateRangeTests
{
    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("0999-12-31")]
    [InlineData("9001-01-01")]
    [InlineData("0001-01-01T00:30:00")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("9999-12-31T23:59:00-05:00")]
    public void A_markdown_date_out_of_range_is_an_error_on_its_line(string written)
    {
        var harness = new MarkdownHarness();
        Assert.Null(harness.Parse($"---\ntitle: T\ndate: {written}\n---\nText."));
        Assert.Equal([$"post.md:3: error: date '{written}' is out of range: an article's date lies from 1000-01-01 to 9000-12-31; this file is skipped"],
            harness.Messages);
    }

    [Theory]
    [InlineData("1000-01-01")]
    [InlineData("9000-12-31")]
    [InlineData("9000-12-31T23:59:00+14:00")]
    public void The_ends_of_the_range_are_dates(string written)
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse($"---\ntitle: T\ndate: {written}\n---\nText.")!;
        Assert.Empty(harness.Messages);
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        // What a build does with the date: an instant in the site's zone, UTC, the week and its neighbours.
        _ = article.Published.ToInstant(berlin).ToUniversalTime();
        _ = article.Published.ToInstant(TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati")).ToUniversalTime();
        _ = article.Published.ToInstant(TimeZoneInfo.FindSystemTimeZoneById("Pacific/Pago_Pago")).ToUniversalTime();
        Assert.True(article.Week.Previous.CompareTo(article.Week) < 0 && article.Week.CompareTo(article.Week.Next) < 0);
        _ = article.Week.Next.Next.End;
    }

    [Theory]
    [InlineData("1 Jan 0001")]
    [InlineData("31 Dec 9999")]
    public void A_taz_date_out_of_range_is_an_error_on_the_date_line(string written)
    {
        var diagnostics = new DiagnosticBag();
        var context = new ParseContext("alt.txt", diagnostics, "de", TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), new Uri("https://site.example/"));
        var dump = $"| # taz.de -- Probe: Uralt | |\n| Ein Absatz. | |\n| {written} | |";
        Assert.Null(new TazArticleParser().Parse(Encoding.UTF8.GetBytes(dump), context));
        Assert.Equal([$"alt.txt:3: error: date '{written}' is out of range: an article's date lies from 1000-01-01 to 9000-12-31; this file is skipped"],
            diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void The_spec_parser_still_reads_such_a_date()
    {
        // `publisher parse` reports what the file says (spec §10); only the build refuses the date.
        var result = TazParser.Parse("# taz.de -- Probe: Fern\nEin Absatz.\n31 Dec 9999"u8.ToArray(), "fern.txt");
        Assert.Equal(new DateOnly(9999, 12, 31), result.Date);
        Assert.Equal("9999-W52", result.IsoWeek.ToString());
    }
}
