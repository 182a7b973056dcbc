using System.Collections.Immutable;
using System.Xml.Linq;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Templating;

namespace Publisher.Feeds.Tests;

/// <summary>Entry content comes from templates/feed/entry.sbn (with the shared body), overridable per site; errors carry file:line:col.</summary>
public class EntryTemplateTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void Content_shows_teaser_byline_body_captions_links_and_related()
    {
        var article = new Article
        {
            Id = new ArticleId(Slug.From("full")),
            Slug = Slug.From("full"),
            Title = "Kicker: Headline",
            Kicker = "Kicker",
            Headline = "Headline",
            Teaser = "The teaser.",
            Authors = ["Ada", "Bo"],
            AuthorRole = "Kommentar",
            Dateline = new Dateline("Washington", "afp"),
            Published = new PublicationDate(new DateOnly(2026, 11, 10)),
            Language = "de",
            Body =
            [
                new Figure(new ImageCaption("A caption", "Jane Doe")),
                new Paragraph([new TextRun("See "), new LinkInline([new TextRun("here")], new Uri("https://taz.de/path"), 1), new TextRun(", "),
                    new LinkInline([new TextRun("cut")], null, 2), new TextRun(".")]),
                new Subhead("Sub"),
                new Preformatted("if (a < b)\n    return \"&\";"),
                new Table(
                    [
                        new TableRow([new TableCell([new TextRun("Bezirk")]), new TableCell([new TextRun("Miete")])]),
                        new TableRow([new TableCell([new Emphasis(EmphasisKind.Strong, [new TextRun("Mitte <1>")])]), new TableCell([new TextRun("14 €")])]),
                    ],
                    1, [CellAlignment.None, CellAlignment.Right]),
                new Table([new TableRow([new TableCell([new TextRun("head only")])])], 1, []),
                new Paragraph([new TextRun("Noted"), new NoteReference(1), new TextRun(".")]),
                new Notes([new Note(1, [new Paragraph([new TextRun("The note.")])])]),
            ],
            Links =
            [
                new ArticleLink(1, "/path", new Uri("https://taz.de/path"), ["here"]), new ArticleLink(2, "gone…", null, ["cut"]),
                new ArticleLink(3, "/unused", new Uri("https://taz.de/unused"), []), new ArticleLink(4, null, null, ["undefined"]),
            ],
            Related = [new RelatedArticle("Other: Story", "Other", "Story", "Its teaser")],
            Source = new SourceFile("full.txt", "0"),
        };
        var output = FeedOutput.Build(Corpus.Create(TestCorpus.Site, [article]));
        var html = Content(output, "feeds/atom.xml").Single();

        Assert.Contains("<p class=\"teaser\"><strong>The teaser.</strong></p>", html);
        Assert.Contains("<p class=\"byline\">Kommentar von Ada und Bo, 10. November 2026, Washington (afp)</p>", html);
        Assert.Contains("A caption<br/><span class=\"credit\">Foto: Jane Doe</span>", html); // the credit on a line of its own
        Assert.Contains("<a href=\"https://taz.de/path\">here</a>", html);
        Assert.Contains("<h2 id=\"sub\">Sub</h2>", html);
        Assert.Contains("<pre>if (a &lt; b)\n    return &quot;&amp;&quot;;</pre>", html);
        Assert.Contains("<table>\n<thead>\n<tr>\n<th scope=\"col\">Bezirk</th>\n<th scope=\"col\" class=\"right\" style=\"text-align: right\">Miete</th></tr>\n</thead>\n<tbody>\n"
            + "<tr>\n<td><strong>Mitte &lt;1&gt;</strong></td>\n<td class=\"right\" style=\"text-align: right\">14 €</td></tr>\n</tbody>\n</table>", html);
        Assert.Contains("<table>\n<thead>\n<tr>\n<th scope=\"col\">head only</th></tr>\n</thead>\n</table>", html); // no empty tbody
        Assert.Contains("<p>Noted<sup>1</sup>.</p>", html); // a fragment link would lead to the feed or the site's page, not to the note
        Assert.Contains("<section class=\"notes\" role=\"doc-endnotes\">\n<h2>Anmerkungen</h2>\n<ol>\n<li value=\"1\">\n<p>The note.</p>\n</li>", html);
        // The list holds what the text does not show as a working link: a cut-off target, one no text refers to.
        Assert.DoesNotContain("<li value=\"1\">here", html);
        Assert.Contains("<h2>Links</h2>\n<ol class=\"links\">\n<li value=\"2\">cut: gone…</li>\n"
            + "<li value=\"3\"><a href=\"https://taz.de/unused\">https://taz.de/unused</a></li>\n"
            + "<li value=\"4\">undefined</li>\n</ol>", html); // used in the text but given no address: its words alone
        Assert.Contains("<h2>Mehr zum Thema</h2>", html);
        Assert.Contains("<strong>Other: Story</strong> – Its teaser", html);
        Assert.Contains("<a href=\"https://example.org/articles/full.html\">", html);
        XElement.Parse("<div>" + html + "</div>"); // well-formed XHTML
    }

    [Fact]
    public void Links_the_text_shows_are_not_listed_again()
    {
        var output = FeedOutput.Build(TestCorpus.FromMarkdown(TestCorpus.Article("md", "2026-11-02", "Md",
            body: "Ein [Link](https://ex.example/a), derselbe [noch einmal](https://ex.example/a), <a href=\"https://ex.example/b\">HTML</a>.")));
        var html = Content(output, "feeds/atom.xml").Single();
        Assert.Contains("<a href=\"https://ex.example/a\">Link</a>", html);
        Assert.Contains("<a href=\"https://ex.example/b\">HTML</a>", html);
        Assert.DoesNotContain("<h2>Links</h2>", html);
        Assert.DoesNotContain("class=\"links\"", html);
        Assert.Equal(2, output.Text("feeds/feed.json").Split("https://ex.example/a").Length - 1); // the text's two links, and no list after them
    }

    [Fact]
    public void An_article_in_a_right_to_left_language_runs_right_to_left_in_every_feed()
    {
        var output = FeedOutput.Build(TestCorpus.FromMarkdown(
            "---\nid: schalom\ntitle: שלום\ndate: 2026-11-02\nlanguage: he\n---\n\nזהו מאמר קצר.\n",
            TestCorpus.Article("hallo", "2026-11-03", "Hallo")));
        var contents = Content(output, "feeds/atom.xml").ToList(); // newest first
        Assert.DoesNotContain("dir=", contents[0]);
        Assert.StartsWith("<div dir=\"rtl\">", contents[1]);
        Assert.EndsWith("</div>", contents[1].TrimEnd());
        Assert.Contains("<p>זהו מאמר קצר.</p>", contents[1]);
        var json = System.Text.Json.JsonDocument.Parse(output.Text("feeds/feed.json")).RootElement.GetProperty("items");
        Assert.StartsWith("<div dir=\"rtl\">", json[1].GetProperty("content_html").GetString());
        XNamespace encoded = "http://purl.org/rss/1.0/modules/content/";
        var rss = XDocument.Parse(output.Text("feeds/rss.xml")).Descendants(encoded + "encoded").Select(e => e.Value).ToList();
        Assert.StartsWith("<div dir=\"rtl\">", rss[1]);
    }

    [Fact]
    public void A_site_template_overrides_the_entry_and_the_shared_body()
    {
        var dir = Directory.CreateTempSubdirectory();
        Directory.CreateDirectory(Path.Combine(dir.FullName, "feed"));
        File.WriteAllText(Path.Combine(dir.FullName, "feed", "entry.sbn"), "<p>custom {{ article.headline | escape }}</p>{{ include 'shared/article-body.sbn' article 'h3' }}");
        var corpus = TestCorpus.FromMarkdown(TestCorpus.Article("one", "2026-11-02", "A & B", body: "## Sub"));
        var html = Content(FeedOutput.Build(corpus, dir.FullName), "feeds/atom.xml").Single();
        Assert.Equal("<p>custom A &amp; B</p><h3 id=\"sub\">Sub</h3>", html);
    }

    [Fact]
    public void A_template_error_fails_the_write_with_file_line_and_column()
    {
        var dir = Directory.CreateTempSubdirectory();
        Directory.CreateDirectory(Path.Combine(dir.FullName, "feed"));
        File.WriteAllText(Path.Combine(dir.FullName, "feed", "entry.sbn"), "ok\n{{ article.no_such_member }}");
        var corpus = TestCorpus.FromMarkdown(TestCorpus.Article("one", "2026-11-02", "One"));
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));
        var jobs = new FeedsFormat(renderer).Plan(corpus, new Publisher.Core.Diagnostics.DiagnosticBag());

        var error = Assert.Throws<TemplateError>(() => jobs[0].Write(new MemoryStream()));
        Assert.Matches(@"feed/entry\.sbn:2:\d+$", error.Location);
    }

    [Fact]
    public void Jobs_name_their_templates_and_articles_for_the_incremental_build()
    {
        var corpus = TestCorpus.FromMarkdown(
            TestCorpus.Article("one", "2026-11-02", "One", ["T"]),
            TestCorpus.Article("two", "2026-11-10", "Two"),
            TestCorpus.Article("three", "2026-11-18", "Three"));
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory));
        var jobs = new FeedsFormat(renderer).Plan(corpus, new Publisher.Core.Diagnostics.DiagnosticBag()).ToDictionary(j => j.Path.Value);

        Assert.All(jobs.Values.Where(j => j.Path.Value != "feeds/feeds.opml"), job => Assert.Equal(["feed/entry.sbn", "shared/article-body.sbn"], job.Templates));
        Assert.Equal(["one"], jobs["feeds/tags/t.atom.xml"].Articles.Select(a => a.Id.ToString()));
        // An Atom subscription document's prev-archive link names the newest archived week: an article of it stands for it.
        Assert.Equal(["three", "two", "one", "two"], jobs["feeds/atom.xml"].Articles.Select(a => a.Id.ToString()));
        // An archive's links depend on its neighbour weeks, so one article of each neighbour it links to is part of its
        // fingerprint; the newest week (three's) is no archive, so W46 has no next-archive and does not depend on it.
        Assert.Equal(["two", "one"], jobs["feeds/archive/2026-W46.atom.xml"].Articles.Select(a => a.Id.ToString()));
        Assert.Equal(["one", "two"], jobs["feeds/archive/2026-W45.atom.xml"].Articles.Select(a => a.Id.ToString()));
        Assert.False(jobs.ContainsKey("feeds/archive/2026-W47.atom.xml"));
        // The feed list names the tag feeds: an article of each tag stands for the tag (its name and slug) in its fingerprint.
        Assert.Empty(jobs["feeds/feeds.opml"].Templates);
        Assert.Equal(["one"], jobs["feeds/feeds.opml"].Articles.Select(a => a.Id.ToString()));
    }

    private static IEnumerable<string> Content(FeedOutput output, string path) =>
        XDocument.Parse(output.Text(path)).Descendants(Atom + "content").Select(c => c.Value);
}
