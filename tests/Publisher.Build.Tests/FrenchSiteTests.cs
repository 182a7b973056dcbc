using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Publisher.Build.Pipeline;
using Publisher.Epub.Tests.Support;
using Publisher.Typesetting.Tests;

namespace Publisher.Build.Tests;

/// <summary>
/// A French site built from Markdown into books, feeds and a digest, each read back as a reader's tool would (the EPUB
/// unzipped, the feed parsed, the PDF through pdftotext): every word the outputs write of their own is French.
/// </summary>
public sealed partial class FrenchSiteTests
{
    private static readonly Lazy<string> Output = new(BuildSite);

    private static string BuildSite()
    {
        var root = Directory.CreateTempSubdirectory("publisher-french").FullName;
        var content = Path.Combine(root, "content");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "site.yml"), """
            title: Le Messager
            base_url: https://messager.example/
            author: Rédaction
            language: fr
            time_zone: Europe/Paris
            """);
        File.WriteAllText(Path.Combine(content, "tram.md"), """
            ---
            title: Le tramway arrive
            date: 2026-11-10
            tags: [Transports]
            authors: [Marie Curie, Pierre Dupont]
            ---
            La ligne ouvre en décembre[^1], dit la mairie : "enfin".

            [^1]: Si les travaux finissent à temps.
            """);
        File.WriteAllText(Path.Combine(content, "budget.md"), """
            ---
            title: Le budget des transports
            date: 2026-11-12
            tags: [Transports, Budget]
            authors: [Anne Martin]
            author_role: Chronique
            ---
            Le conseil vote le budget jeudi.
            """);
        File.WriteAllText(Path.Combine(content, "meteo.md"), """
            ---
            title: Il pleut
            date: 2026-11-13
            ---
            Toute la semaine.
            """);
        var output = Path.Combine(root, "out");
        var summary = new BuildPipeline(SilentReporter.Instance).Run(new BuildOptions(content, output, new HashSet<string> { "feeds", "epub", "pdf" }));
        Assert.Equal(0, summary.Errors);
        return output;
    }

    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    private static XDocument EpubPage(string book, string page)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(Output.Value, book));
        using var stream = zip.GetEntry("EPUB/" + page)!.Open();
        return XDocument.Load(stream);
    }

    private static string Text(XElement element) => Spaces().Replace(element.Value, " ").Trim();

    [Fact]
    public void The_weekly_book_speaks_french_around_the_articles_and_passes_epubcheck()
    {
        const string book = "epub/2026-W46.epub";
        var package = EpubPage(book, "package.opf").Root!;
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        Assert.StartsWith("Le Messager – Semaine 46/2026", package.Descendants(dc + "title").Single().Value);
        Assert.StartsWith("Semaine 46/2026 (9–15 novembre 2026)\u202F: 3 articles – Transports, Autres articles", package.Descendants(dc + "description").Single().Value);
        Assert.Contains(package.Descendants(), e => (string?)e.Attribute("property") == "schema:accessibilitySummary" && e.Value.StartsWith("Articles en mode texte", StringComparison.Ordinal));

        var contents = EpubPage(book, "contents.xhtml").Root!;
        Assert.StartsWith("Sommaire – ", contents.Descendants(X + "title").Single().Value);
        Assert.Contains("Autres articles", contents.Descendants(X + "h2").Select(Text));

        var tram = EpubPage(book, "a-tram.xhtml").Root!;
        var meta = tram.Descendants(X + "p").Single(p => (string?)p.Attribute("class") == "meta");
        Assert.Equal("Par Marie Curie et Pierre Dupont · 10 novembre 2026", Text(meta));
        var notes = tram.Descendants(X + "section").Single(s => (string?)s.Attribute("class") == "notes");
        Assert.Equal("Notes", notes.Element(X + "h2")!.Value);
        Assert.Equal("retour au texte", notes.Descendants(X + "a").Single(a => (string?)a.Attribute("role") == "doc-backlink").Value);
        // French sets a narrow no-break space before a colon.
        Assert.StartsWith("Lire sur le site\u202F: ", tram.Descendants(X + "p").Single(p => (string?)p.Attribute("class") == "source").Value);
        var pager = tram.Descendants(X + "nav").Single(n => (string?)n.Attribute("class") == "pager");
        Assert.Equal("Navigation entre les pages", (string?)pager.Attribute("aria-label"));
        Assert.Contains("Suivant\u202F: ", pager.Value);
        Assert.Contains("Sommaire", Text(pager));
        Assert.Contains("« enfin »", Text(tram)); // the body's quotes are French too

        var budget = EpubPage(book, "a-budget.xhtml").Root!;
        Assert.StartsWith("Chronique par Anne Martin · 12 novembre 2026", Text(budget.Descendants(X + "p").Single(p => (string?)p.Attribute("class") == "meta")));

        var file = Path.Combine(Output.Value, book);
        var check = EpubCheck.Run([file])[file];
        Assert.True(check.Errors == 0 && check.Warnings == 0, check.ToString());
    }

    [Fact]
    public void A_tag_feed_and_its_entries_speak_french()
    {
        var feed = XDocument.Load(Path.Combine(Output.Value, "feeds/tags/transports.atom.xml")).Root!;
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("Articles sur le thème «\u00A0Transports\u00A0» – Le Messager", feed.Element(atom + "subtitle")!.Value);
        var entry = feed.Elements(atom + "entry").Single(e => e.Element(atom + "title")!.Value == "Le tramway arrive");
        var html = XElement.Parse("<div>" + entry.Element(atom + "content")!.Value.Replace("&nbsp;", "\u00A0") + "</div>");
        Assert.Equal("Par Marie Curie et Pierre Dupont, 10 novembre 2026", Text(html.Elements("p").First(p => (string?)p.Attribute("class") == "byline")));
        Assert.Equal("Notes", html.Descendants("h2").First().Value);
        Assert.Equal("Lire sur le site", Text(html.Elements("p").Last()));
    }

    [Fact]
    public void The_digest_speaks_french_down_to_its_page_numbers()
    {
        var (exit, text) = Tool.Run("pdftotext", Path.Combine(Output.Value, "pdf/2026-W46.pdf"), "-");
        Assert.Equal(0, exit);
        text = Spaces().Replace(text, " ");
        Assert.Contains("Semaine 46/2026 · 9–15 novembre 2026", text);
        Assert.Contains("Thèmes de la semaine", text);
        Assert.Contains("Transports · 2 articles", text);
        Assert.Contains("Budget · 1 article", text);
        Assert.Contains("Sommaire", text);
        Assert.Contains("Autres articles", text);
        Assert.Contains("Par Marie Curie et Pierre Dupont · 10 novembre 2026", text);
        Assert.Contains("retour au texte", text);
        Assert.Matches(@"page 1 sur \d", text);
        Assert.DoesNotContain("Week", text);
        Assert.DoesNotContain("Related", text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
