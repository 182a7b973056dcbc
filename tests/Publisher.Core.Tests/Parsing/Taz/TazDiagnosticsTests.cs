using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Tests.Parsing.Taz;

/// <summary>Warnings are data with the 1-based line of the problem, printed as <c>file:line: warning: …</c>.</summary>
public sealed class TazDiagnosticsTests
{
    private static TazParseResult Parse(params string[] lines) =>
        TazParser.Parse(Encoding.UTF8.GetBytes(string.Join("\n", lines)), "probe.txt");

    [Fact]
    public void An_article_without_body_text_is_kept_with_a_warning()
    {
        var diagnostics = new DiagnosticBag();
        var context = new Publisher.Core.Parsing.ParseContext("probe.txt", diagnostics, "de", TimeZoneInfo.Utc, new Uri("https://site.example/"));
        var article = new TazArticleParser().Parse(Encoding.UTF8.GetBytes("# taz.de -- Probe: Nur ein Titel\n\n4 Jan 2022\n"), context);

        Assert.NotNull(article);
        Assert.Empty(article.Body);
        Assert.Equal(["probe.txt:3: warning: the article has no body text: its pages show only the headline"], diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Unterminated_marker_is_reported_on_the_line_where_it_starts()
    {
        var result = Parse("# taz.de -- Probe: Zeilen", "> Kurz.", "Erste Zeile ohne Marke und mit einigen weiteren Wörtern bis fast ans Ende",
            "zweite Zeile mit [3][offener Marke", "4 Jan 2022");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(4, warning.Line);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.StartsWith("probe.txt:4: warning: ", warning.ToString());
        Assert.Contains("[3][offener Marke", result.Body[0].Text);
    }

    [Fact]
    public void Invalid_calendar_date_consumes_the_line_and_warns_on_it()
    {
        var result = Parse("# taz.de -- Probe: Datum", "Ein Absatz.", "", "30 Feb 2023");

        Assert.Null(result.Date);
        Assert.Null(result.IsoWeek);
        Assert.Equal("30 Feb 2023", result.DateRaw);
        Assert.Equal(4, Assert.Single(result.Diagnostics).Line);
        Assert.Single(result.Body);
    }

    [Theory]
    [InlineData("31 Feb 2022")]
    [InlineData("29 Feb 2023")]
    [InlineData("0 Jan 2022")]
    public void A_build_reports_an_impossible_date_once_as_the_error_that_skips_the_file(string date)
    {
        var diagnostics = new DiagnosticBag();
        var context = new Publisher.Core.Parsing.ParseContext("probe.txt", diagnostics, "de", TimeZoneInfo.Utc, new Uri("https://site.example/"));
        var article = new TazArticleParser().Parse(Encoding.UTF8.GetBytes($"# taz.de -- Probe: Datum\nEin Absatz.\n{date}\n"), context);

        Assert.Null(article);
        Assert.Equal([$"probe.txt:3: error: date line '{date}' is not a calendar date; the article cannot be placed in a week"],
            diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Unknown_month_is_not_a_date_line()
    {
        var result = Parse("# taz.de -- Probe: Monat", "Ein Absatz.", "", "30 Foo 2023");

        Assert.Null(result.DateRaw);
        Assert.Equal("30 Foo 2023", result.Body[^1].Text);
    }

    [Fact]
    public void Link_used_but_undefined_and_defined_but_unused_warn_on_their_own_lines()
    {
        var result = Parse("# taz.de -- Probe: Links", "Text mit [7][Anker].", "1 Mar 2023", "## LINKS", "[8] /ziel/!1");

        Assert.Equal([2, 5], result.Diagnostics.Select(d => d.Line).Order());
    }

    [Fact]
    public void Empty_and_not_article_inputs_carry_no_article_fields()
    {
        var empty = TazParser.Parse([], "leer.txt");
        var html = Parse("<html>", "<body>Fehler 404</body>", "</html>");

        Assert.Equal(TazStatus.Empty, empty.Status);
        Assert.Equal(TazStatus.NotArticle, html.Status);
        Assert.Null(html.Title);
        Assert.Null(html.WrapWidth);
        Assert.Empty(html.Body);
    }

    [Fact]
    public void Many_unclosed_markers_stay_literal_and_each_is_reported()
    {
        var hostile = string.Concat(Enumerable.Repeat("[1][a ", 20_000));
        var result = Parse("# taz.de -- Probe: Viele Marken", hostile, "", "5 Jan 2022");

        Assert.Equal(hostile.TrimEnd(' '), result.Body[0].Text);
        Assert.Equal(20_000, result.Diagnostics.Count(d => d.Line == 2));
    }
}
