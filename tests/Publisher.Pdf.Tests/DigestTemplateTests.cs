using Publisher.Core.Model;
using Publisher.Pdf.Digest;
using Publisher.Templating;

namespace Publisher.Pdf.Tests;

/// <summary>What the shipped digest template writes for an article, checked in its XHTML (no typesetting).</summary>
public sealed class DigestTemplateTests
{
    private static readonly DigestRenderer Renderer = new(new TemplateRenderer(new TemplateSet(TemplateSet.ShippedDirectory)));

    [Fact]
    public void A_kicker_that_repeats_the_section_name_is_left_out_and_others_are_kept()
    {
        var markup = Markup(new()
        {
            ["Verkehr"] = a => a with { Kicker = "  VERKEHR " },
            ["Wohnen"] = a => a with { Kicker = "Wohnen und Bauen" },
            ["Klima"] = a => a with { Kicker = null },
        });
        Assert.DoesNotContain(">  VERKEHR </p>", markup);
        Assert.DoesNotContain("class=\"kicker\">Verkehr", markup, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<p class=\"kicker\">Wohnen und Bauen</p>", markup);
        Assert.Equal(1, Count(markup, "<p class=\"kicker\">"));
    }

    [Fact]
    public void Related_articles_follow_the_article_under_a_heading_in_its_language_and_reach_the_pdf()
    {
        RelatedArticle[] german = [new("Verkehr: Neue Tram", "Verkehr", "Neue Tram nach Weißensee", "Die Strecke soll 2030 fertig sein & mehr."), new("Ohne Kicker", null, "Ohne Kicker", null)];
        RelatedArticle[] english = [new("Rents: Up again", "Rents", "Up again in the east", null)];
        var changes = new Dictionary<string, Func<Article, Article>>
        {
            ["Verkehr"] = a => a with { Related = [.. german] },
            ["Kultur"] = a => a with { Related = [.. english] }, // WeekCorpus's article 4 is English
        };
        var markup = Markup(changes, count: 4);
        Assert.Contains("<p class=\"notes-title\">Mehr zum Thema</p>", markup);
        Assert.Contains("<strong>Verkehr:</strong> Neue Tram nach Weißensee<br/>Die Strecke soll 2030 fertig sein &amp; mehr.", markup);
        Assert.Contains("<p class=\"notes\">Ohne Kicker</p>", markup);
        Assert.Contains("<p class=\"notes-title\">Related</p>", markup);
        Assert.Contains("<strong>Rents:</strong> Up again in the east</p>", markup);
        Assert.Equal(2, Count(markup, "class=\"notes-title\">Mehr zum Thema") + Count(markup, "class=\"notes-title\">Related"));

        var corpus = WeekCorpus.Edited(4, changes);
        var diagnostics = new Publisher.Core.Diagnostics.DiagnosticBag();
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Renderer.Render(corpus, corpus.Weeks.Single(), diagnostics).Pdf);
        Assert.Empty(diagnostics.Sorted());
        var text = DigestFixture.Normalize(string.Concat(pdf.GetPages().Select(page => page.Text)));
        foreach (var expected in new[] { "Mehr zum Thema", "Verkehr: Neue Tram nach Weißensee", "Die Strecke soll 2030 fertig sein & mehr.", "Related", "Rents: Up again in the east" })
            Assert.Contains(DigestFixture.Normalize(expected), text);
    }

    /// <summary>The digest markup of WeekCorpus's week of <paramref name="count"/> articles, edited (<see cref="WeekCorpus.Edited"/>).</summary>
    private static string Markup(Dictionary<string, Func<Article, Article>> changes, int count = 3)
    {
        var corpus = WeekCorpus.Edited(count, changes);
        return Renderer.RenderMarkup(DigestViewBuilder.Build(corpus, corpus.Weeks.Single()));
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
