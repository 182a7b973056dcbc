using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Pdf.Digest;
using Publisher.Templating;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Content;

namespace Publisher.Pdf.Tests;

/// <summary>
/// Links in the digest: one to an article printed in it leads there inside the PDF (to the subhead its fragment names)
/// and is no web address in the numbered list; a link whose text is its address is listed with the address once.
/// </summary>
public sealed class DigestLinkTests
{
    private static readonly DigestRenderer Renderer = new(new TemplateRenderer(new TemplateSet(TemplateSet.ShippedDirectory)));

    private const string Report = "---\ntitle: Der Bericht\ndate: 2026-11-10\ntags: [Technik]\nid: bericht\n---\nDer Bericht selbst.\n\n"
        + "## The setup\n\nDer Aufbau wird hier beschrieben.\n\n## Über uns\n\nWir.\n";

    private static string Linking(Uri baseUrl) => "---\ntitle: Verweise\ndate: 2026-11-11\ntags: [Technik]\nid: verweise\n---\n"
        + $"Siehe [Aufbauanleitung]({baseUrl}articles/bericht.html#the-setup), [Gesamtbericht]({baseUrl}articles/bericht.html), "
        + $"[Nirgendwo]({baseUrl}articles/bericht.html#nirgends), [Wirseite]({baseUrl}articles/bericht.html#%C3%BCber-uns) und [Fremdseite](https://example.com/fremd).\n\n"
        + "Das Amt: <https://www.berlin.de/ba-mitte/>, auch www.example.com/amt.\n";

    private static (string Markup, DigestView View, PdfDocument Pdf) Digest()
    {
        var site = WeekCorpus.Site();
        var diagnostics = new DiagnosticBag();
        var corpus = Corpus.Create(site, [WeekCorpus.Article("bericht.md", Report, site, diagnostics), WeekCorpus.Article("verweise.md", Linking(site.BaseUrl), site, diagnostics)]);
        var week = corpus.Weeks.Single();
        var view = DigestViewBuilder.Build(corpus, week);
        var result = Renderer.Render(corpus, week, diagnostics);
        Assert.Empty(diagnostics.Sorted().Select(d => d.ToString()));
        return (Renderer.RenderMarkup(view), view, PdfDocument.Open(result.Pdf));
    }

    [Fact]
    public void A_link_to_an_article_of_the_digest_leads_inside_the_pdf_to_the_subhead_its_fragment_names()
    {
        var (markup, _, pdf) = Digest();
        using var _pdf = pdf;
        Assert.Contains("<h3 id=\"article-bericht.the-setup\">The setup</h3>", markup);
        Assert.Contains("<h3 id=\"article-bericht.über-uns\">Über uns</h3>", markup);
        Assert.Contains("<a href=\"#article-bericht.the-setup\">Aufbauanleitung</a>", markup);
        Assert.Contains("<a href=\"#article-bericht\">Gesamtbericht</a>", markup);
        Assert.Contains("<a href=\"#article-bericht\">Nirgendwo</a>", markup); // no such subhead: the article
        Assert.Contains("<a href=\"https://example.com/fremd\">Fremdseite</a>", markup);

        var (setupPage, setupTop) = DestinationOf(pdf, "Aufbauanleitung");
        var (reportPage, reportTop) = DestinationOf(pdf, "Gesamtbericht");
        Assert.Equal(PageOf(pdf, "Aufbau wird hier"), setupPage);
        Assert.Equal(PageOf(pdf, "Bericht selbst"), reportPage);
        Assert.True(setupPage > reportPage || setupTop < reportTop, $"the subhead ({setupPage}, {setupTop}) is not below the headline ({reportPage}, {reportTop})");
        Assert.Equal((reportPage, reportTop), DestinationOf(pdf, "Nirgendwo"));
        var (usPage, usTop) = DestinationOf(pdf, "Wirseite"); // an id with a letter beyond ASCII is a destination too
        Assert.True(usPage > setupPage || usTop < setupTop, $"the second subhead ({usPage}, {usTop}) is not below the first ({setupPage}, {setupTop})");
        Assert.DoesNotContain(pdf.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action).OfType<UriAction>(),
            a => a.Uri.Contains("articles/bericht", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Der Text ohne Marken.", new[] { 1, 2 })]
    [InlineData("Ein Verweis [2][am Ende abgeschnitten", new[] { 2, 5 })] // a cut-off taz marker prints [2]: the list keeps it
    [InlineData("Ein Verweis [3][am Ende abgeschnitten", new[] { 1, 2 })] // [3] is not in the list
    public void The_printed_list_is_numbered_from_one_unless_the_text_prints_a_number_of_it(string body, int[] expected)
    {
        var site = WeekCorpus.Site();
        var article = WeekCorpus.Article("a.md", $"---\ntitle: A\ndate: 2026-11-10\n---\n\n{body}\n", site, new DiagnosticBag());
        var notes = NoteNumbers.Of([new NoteView(2, "https://a.example/", null, ""), new NoteView(5, "https://b.example/", null, "")], article);
        Assert.Equal(expected, notes.Select(n => n.Number));
    }

    [Fact]
    public void The_numbered_list_leaves_out_links_into_the_digest_and_prints_an_address_that_is_its_links_text_once()
    {
        var (markup, view, pdf) = Digest();
        pdf.Dispose();
        var notes = view.Sections.SelectMany(s => s.Articles).Single(a => a.Article.Id == "verweise").Notes;
        Assert.DoesNotContain(notes, n => n.Target.Contains("articles/bericht", StringComparison.Ordinal));
        // Numbered 1…n once the four links into the digest are left out (the body prints no numbers to match the model's 5–7).
        Assert.Equal([1, 2, 3], notes.Select(n => n.Number));
        Assert.Contains("<p class=\"notes\">[1] Fremdseite: <a href=\"https://example.com/fremd\">", markup);
        Assert.Contains("<p class=\"notes\">[2] <a href=\"https://www.berlin.de/ba-mitte/\">https://www.berlin.de/ba-mitte/</a></p>", markup);
        Assert.Contains("<p class=\"notes\">[3] <a href=\"https://www.example.com/amt\">https://www.example.com/amt</a></p>", markup);
        Assert.DoesNotContain("articles/bericht.html", markup);
    }

    private static int PageOf(PdfDocument pdf, string text) =>
        pdf.GetPages().First(p => DigestFixture.Normalize(p.Text).Contains(DigestFixture.Normalize(text), StringComparison.Ordinal)).Number;

    /// <summary>The page, and the height on it, the link over the first letter of <paramref name="word"/> leads to inside the PDF.</summary>
    private static (int Page, double? Top) DestinationOf(PdfDocument pdf, string word)
    {
        foreach (var page in pdf.GetPages())
        {
            var text = string.Concat(page.Letters.Select(l => l.Value));
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at < 0) continue;
            var centre = page.Letters[at].BoundingBox.Centroid;
            var link = Assert.Single(page.GetAnnotations(), a => a.Rectangle.Left <= centre.X && centre.X <= a.Rectangle.Right
                && a.Rectangle.Bottom <= centre.Y && centre.Y <= a.Rectangle.Top);
            var destination = Assert.IsType<GoToAction>(link.Action).Destination;
            return (destination.PageNumber, destination.Coordinates.Top);
        }
        throw new Xunit.Sdk.XunitException($"'{word}' is not printed");
    }
}
