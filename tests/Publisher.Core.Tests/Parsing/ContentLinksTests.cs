using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Tests.Parsing;

/// <summary>Links from one content file to another lead to that article's page, resolved once every id is known.</summary>
public class ContentLinksTests
{
    private static readonly Site Site = new() { BaseUrl = new Uri("https://site.example/") };

    private static string Folder(params (string Path, string Text)[] files) => ContentFolder.Write("content-links", files);

    /// <summary>An article whose body, from line 5, is <paramref name="body"/>.</summary>
    private static string Md(string body, string? id = null) =>
        $"---\ntitle: T\ndate: 2026-11-10\n{(id is null ? "" : $"id: {id}\n")}---\n{body}";

    private static (Dictionary<string, Article> ByPath, List<string> Messages) Load(string root)
    {
        var diagnostics = new DiagnosticBag();
        var articles = new ContentLoader([new MarkdownArticleParser(), new TazArticleParser()]).Load(root, Site, diagnostics);
        return (articles.ToDictionary(a => a.Source.RelativePath), [.. diagnostics.Sorted().Select(d => d.ToString())]);
    }

    private static IEnumerable<LinkInline> BodyLinks(Article article) => article.Body.OfType<Paragraph>().SelectMany(p => p.Inlines).OfType<LinkInline>();

    [Theory]
    [InlineData("2026/a.md", "[x](other.md)", "https://site.example/articles/2026-other.html")]
    [InlineData("2026/a.md", "[x](./other.md#part)", "https://site.example/articles/2026-other.html#part")]
    [InlineData("2025/a.md", "[x](../2026/other.md)", "https://site.example/articles/2026-other.html")]
    [InlineData("a.md", "[x](/2026/other.md?seite=2#part)", "https://site.example/articles/2026-other.html?seite=2#part")]
    [InlineData("a.md", "[x](<2026/Über Uns.md>)", "https://site.example/articles/2026-ueber-uns.html")]
    [InlineData("a.md", "[x](2026/%C3%9Cber%20Uns.md)", "https://site.example/articles/2026-ueber-uns.html")]
    [InlineData("a.md", "<a href=\"2026/taz.txt\">x</a>", "https://site.example/articles/2026-taz.html")]
    [InlineData("a.md", "Mit <em>HTML</em> und [x](2026/other.md).", "https://site.example/articles/2026-other.html")]
    [InlineData("a.md", "[x](2026/named.md)", "https://site.example/articles/eigener-name.html")]
    public void A_link_to_another_content_file_leads_to_that_articles_page(string from, string body, string expected)
    {
        var root = Folder((from, Md(body)), ("2026/other.md", Md("Ziel.")), ("2026/Über Uns.md", Md("Wir.")), ("2026/named.md", Md("N.", "eigener-name")),
            ("2026/taz.txt", "# taz.de -- Probe: Q\nText.\n10 Nov 2026"));
        var (articles, messages) = Load(root);
        Assert.Empty(messages);
        var article = articles[from];
        Assert.Equal(expected, Assert.Single(article.Links).Url!.AbsoluteUri);
        Assert.Equal(expected, Assert.Single(BodyLinks(article)).Url!.AbsoluteUri);
    }

    [Fact]
    public void A_task_list_keeps_its_marks_in_an_article_whose_links_to_content_files_are_resolved()
    {
        var root = Folder(("a.md", Md("- [ ] offen, siehe [den Text](other.md)\n- [x] erledigt\n- kein Task\n")), ("other.md", Md("Ziel.")));
        var (articles, messages) = Load(root);
        Assert.Empty(messages);
        var list = Assert.Single(articles["a.md"].Body.OfType<ListBlock>());
        Assert.Equal([TaskMark.Open, TaskMark.Done, TaskMark.None], list.Items.Select(i => i.Task));
        Assert.Equal(["https://site.example/articles/other.html"], Publisher.Core.Model.BodyLinks.In(articles["a.md"].Body).Select(l => l.Url?.AbsoluteUri));
    }

    [Theory]
    [InlineData("[x](missing.md)", "names sub/missing.md, which is not an article in the content folder", "https://site.example/articles/missing.md")]
    [InlineData("[x](README.md)", "names sub/README.md, which is not an article in the content folder", "https://site.example/articles/README.md")]
    [InlineData("[x](broken.md)", "names sub/broken.md, which gave no article (see its errors)", "https://site.example/articles/broken.md")]
    [InlineData("[x](../../../etc/passwd.md)", "leads out of the content folder", "https://site.example/etc/passwd.md")]
    [InlineData("[x](/../geheim.txt)", "leads out of the content folder", "https://site.example/geheim.txt")]
    public void A_link_to_an_article_file_that_is_no_article_keeps_its_web_address_with_a_warning_on_its_line(string link, string why, string kept)
    {
        var root = Folder(("sub/a.md", Md($"Erste Zeile.\n\nDann {link}.")), ("sub/README.md", "# Lies mich"), ("sub/broken.md", "kein Vorspann"));
        var (articles, messages) = Load(root);
        Assert.Equal($"sub/a.md:7: warning: link target '{link[4..^1]}' {why}; the link keeps the web address {kept}", messages[0]);
        Assert.Equal(kept, Assert.Single(BodyLinks(articles["sub/a.md"])).Url!.AbsoluteUri);
    }

    [Fact]
    public void Other_relative_links_and_links_to_other_kinds_of_file_are_not_looked_up()
    {
        var root = Folder(("a.md", Md("[p](bericht.pdf) [h](seite.html) [f](#teil) [w](https://ex.example/b.md)")));
        var (articles, messages) = Load(root);
        Assert.Empty(messages);
        Assert.Equal(["https://site.example/articles/bericht.pdf", "https://site.example/articles/seite.html",
            "https://site.example/articles/a.html#teil", "https://ex.example/b.md"], articles["a.md"].Links.Select(l => l.Url!.AbsoluteUri));
    }

    [Fact]
    public void An_article_whose_id_changed_to_stay_unique_links_to_its_own_page()
    {
        // a/q_.md's slug is a/q.md's: it gets a hash added after the parse, and its '#teil' follows to its page.
        var root = Folder(("a/q.md", Md("[f](#teil)")), ("a/q_.md", Md("[f](#teil) [g](q.md)")));
        var (articles, messages) = Load(root);
        Assert.StartsWith("a/q_.md:1: warning: its id would be 'a-q'", Assert.Single(messages)); // the id rule says so, not the links
        var renamed = articles["a/q_.md"];
        Assert.Matches("^a-q-[0-9a-f]{8}$", renamed.Id.ToString());
        Assert.Equal([$"https://site.example/articles/{renamed.Id}.html#teil", "https://site.example/articles/a-q.html"],
            BodyLinks(renamed).Select(l => l.Url!.AbsoluteUri));
        Assert.Equal("https://site.example/articles/a-q.html#teil", Assert.Single(articles["a/q.md"].Links).Url!.AbsoluteUri);
    }

    [Fact]
    public void Where_the_links_lead_is_part_of_the_articles_content_hash()
    {
        var root = Folder(("a.md", Md("[x](b.md)")), ("c.md", Md("Ohne Verweis.")));
        var (before, _) = Load(root);
        File.WriteAllText(Path.Combine(root, "b.md"), Md("Jetzt da."));
        var (after, messages) = Load(root);
        Assert.Empty(messages);
        Assert.NotEqual(before["a.md"].Source.ContentHash, after["a.md"].Source.ContentHash);
        Assert.Equal(before["c.md"].Source.ContentHash, after["c.md"].Source.ContentHash);
        Assert.Equal(Load(root).ByPath["a.md"].Source.ContentHash, after["a.md"].Source.ContentHash);
    }

    [Fact]
    public void Links_of_results_from_an_earlier_load_are_resolved_again()
    {
        var root = Folder(("a.md", Md("[x](b.md)")));
        var loader = new ContentLoader([new MarkdownArticleParser()]);
        var first = loader.Load(root, Site, new DiagnosticBag(), previous: null);
        Assert.Equal("https://site.example/articles/b.md", Assert.Single(first.Articles).Links[0].Url!.AbsoluteUri);
        File.WriteAllText(Path.Combine(root, "b.md"), Md("Jetzt da."));
        var diagnostics = new DiagnosticBag();
        var second = loader.Load(root, Site, diagnostics, first.Files.ToDictionary(f => f.RelativePath));
        Assert.Equal(1, second.Reused);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("https://site.example/articles/b.html", second.Articles.Single(a => a.Source.RelativePath == "a.md").Links[0].Url!.AbsoluteUri);
    }
}
