using System.Xml;
using System.Xml.Linq;
using Publisher.Templating.Views;

namespace Publisher.Templating.Tests;

/// <summary>Subheads get GitHub's heading slugs as ids: unique within the article, valid XML names, found by an author's <c>#fragment</c>.</summary>
public class HeadingIdTests
{
    [Fact]
    public void Subheads_get_the_slug_an_author_links_to_unique_and_starting_with_a_letter()
    {
        var corpus = TestCorpus.FromMarkdown("---\ntitle: T\ndate: 2026-11-10\n---\nText.[^1]\n\n## The setup\n\nx\n\n## The *setup*\n\nx\n\n"
            + "### Über „uns“ & C++\n\nx\n\n## 2026 in review\n\nx\n\n## ???\n\nx\n\n## Headline\n\nx\n\n> ## The setup\n\n[^1]: Eine Anmerkung.\n");
        var html = Render(corpus);
        var ids = XElement.Parse("<div>" + html + "</div>").Descendants()
            .Where(e => e.Name.LocalName is "h2" or "h3" && e.Parent?.Name.LocalName != "section").Select(e => (string?)e.Attribute("id")).ToList();

        Assert.Equal(["the-setup", "the-setup-2", "über-uns--c", "h-2026-in-review", "section", "headline-2", "the-setup-3"], ids);
        Assert.All(ids, id => XmlConvert.VerifyNCName(id!)); // an XML name: starts with a letter, no spaces or punctuation
        Assert.Contains("<h2 id=\"the-setup\">The setup</h2>", html);
    }

    [Theory]
    [InlineData("the-setup", "the-setup")]
    [InlineData("#the-setup-2", "the-setup-2")]
    [InlineData("#The%20Setup", "the-setup")]
    [InlineData("%C3%BCber-uns", "über-uns")]
    [InlineData("2026-in-review", "h-2026-in-review")]
    public void A_fragment_names_the_id_of_the_heading_it_was_written_for(string fragment, string id) =>
        Assert.Equal(id, HeadingIds.FromFragment(fragment));

    [Fact]
    public void The_ids_found_from_the_body_alone_are_the_ones_the_view_writes()
    {
        var corpus = TestCorpus.FromMarkdown("---\ntitle: T\ndate: 2026-11-10\n---\n## A\n\n- ## A\n\n## b c\n");
        var article = corpus.Articles[0];
        var written = new ArticleViews(corpus).Create(article).Body.Where(b => b.Type == "h").Select(b => b.Id).ToList();
        Assert.Equal(["a", "b-c"], written);
        Assert.Equal(["a", "a-2", "b-c"], HeadingIds.Of(article.Slug.Value, article.Body));
    }

    [Fact]
    public void A_page_of_several_articles_puts_the_articles_anchor_before_each_id()
    {
        var corpus = TestCorpus.FromMarkdown("---\ntitle: T\ndate: 2026-11-10\n---\n## The setup\n");
        var view = new ArticleViews(corpus, headingPrefix: a => $"article-{a.Slug.Value}.").Create(corpus.Articles[0]);
        Assert.Equal($"article-{corpus.Articles[0].Slug.Value}.the-setup", view.Body[0].Id);
    }

    private static string Render(Publisher.Core.Grouping.Corpus corpus)
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "page.sbn"), "{{ include 'shared/article-body.sbn' article 'h2' }}");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));
        return renderer.Render("page.sbn", new Dictionary<string, object?> { ["article"] = new ArticleViews(corpus).Create(corpus.Articles[0]) });
    }
}
