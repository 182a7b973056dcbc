using System.Xml.Linq;
using Publisher.Epub.Tests.Support;

namespace Publisher.Epub.Tests;

/// <summary>
/// Right-to-left articles: every element that says which language it is in also says which way that runs, so a
/// Hebrew chapter reads from the right in a German book and the book's own words around it from the left.
/// </summary>
public class TextDirectionTests
{
    private static readonly XName Dir = "dir";

    [Fact]
    public void A_hebrew_chapter_in_a_german_book_runs_right_to_left_and_the_books_words_around_it_left_to_right()
    {
        var output = Build(
            ("hallo.md", "---\ntitle: Sprachen in Berlin\ndate: 2026-11-16\ntags: [Sprachen]\nlanguage: de\n---\nEin Zitat: „שלום“ heißt Frieden.\n"),
            ("schalom.md", "---\ntitle: שלום לכולם\ndate: 2026-11-17\ntags: [Sprachen]\nlanguage: he\n---\nזהו מאמר קצר עם מילה אחת באנגלית: Berlin.\n"),
            ("tschuess.md", "---\ntitle: Tschüss\ndate: 2026-11-18\ntags: [Sprachen]\nlanguage: de\n---\nText.\n"));
        var book = Path.Combine(output, "epub/2026-W47.epub");
        var epub = EpubContents.Open(book);

        Assert.Null(epub.Package.Root!.Attribute(Dir)); // a German book
        Assert.Null(epub.Package.Descendants(EpubContents.Opf + "spine").Single().Attribute("page-progression-direction"));
        var hebrew = epub.Chapter("a-schalom.xhtml").Root!;
        Assert.Equal("rtl", DirectionOf(hebrew));
        Assert.Equal("rtl", DirectionOf(hebrew.Descendants(EpubContents.Xhtml + "h1").Single()));
        Assert.Equal("ltr", DirectionOf(ByClass(hebrew, "p", "section")));
        Assert.Equal("ltr", DirectionOf(ByClass(hebrew, "nav", "pager")));
        Assert.Equal("ltr", DirectionOf(epub.Chapter("a-hallo.xhtml").Root!));
        // Its neighbours' pagers name it in its own direction.
        foreach (var neighbour in new[] { "a-hallo.xhtml", "a-tschuess.xhtml" })
        {
            var link = epub.Chapter(neighbour).Descendants(EpubContents.Xhtml + "a").Single(a => (string?)a.Attribute("href") == "a-schalom.xhtml");
            Assert.Equal("rtl", DirectionOf(link.Element(EpubContents.Xhtml + "span")!));
        }
        foreach (var listing in new[] { "EPUB/contents.xhtml", "EPUB/nav.xhtml" })
        {
            var page = epub.Xml(listing).Root!;
            Assert.Equal("ltr", DirectionOf(page));
            var entries = page.Descendants(EpubContents.Xhtml + "a").Where(a => ((string?)a.Attribute("href"))?.StartsWith("a-", StringComparison.Ordinal) == true)
                .DistinctBy(a => (string?)a.Attribute("href")).ToList(); // the navigation's section links lead to their first article too
            Assert.Equal(["ltr", "rtl", "ltr"], entries.Select(DirectionOf));
        }
        Assert.DoesNotContain(" lang=\"en\"", epub.Text("EPUB/nav.xhtml")); // German words in a German book say nothing more
        Assert.Equal((0, 0), Validity(book));
    }

    [Fact]
    public void English_words_standing_in_for_a_books_language_say_so_and_run_left_to_right()
    {
        // Arabic has no words of its own in the catalogue: its books' labels are English, and must not be read as Arabic.
        var output = Build(
            ("site.yml", "title: الجريدة\nbase_url: https://t.example/\nlanguage: ar\n"),
            ("a.md", "---\ntitle: مقال\ndate: 2026-03-03\ntags: [ثقافة]\nauthors: [أحمد, <Sara>]\n---\nنص [^1].\n\n[^1]: ملاحظة.\n"),
            ("b.md", "---\ntitle: مقال آخر\ndate: 2026-03-04\ntags: [ثقافة]\n---\nنص.\n"));
        var issue = EpubContents.Open(Path.Combine(output, "epub/2026-W10.epub"));
        Assert.Equal("rtl", DirectionOf(issue.Xml("EPUB/nav.xhtml").Root!));
        var english = new[]
        {
            issue.Xml("EPUB/nav.xhtml").Descendants(EpubContents.Xhtml + "h1").Single(),
            ByClass(issue.Chapter("a-a.xhtml").Root!, "li", "contents"),
            ByClass(issue.Chapter("a-a.xhtml").Root!, "p", "source"),
            ByClass(issue.Chapter("a-a.xhtml").Root!, "p", "back"),
            ByClass(issue.Chapter("a-a.xhtml").Root!, "li", "next").Descendants(EpubContents.Xhtml + "span").First(),
        };
        Assert.All(english, element => Assert.Equal(("en", "ltr"), ((string?)element.Attribute("lang"), DirectionOf(element))));
        // In the byline only the words are English, not the names: "By" and " and ".
        var byline = ByClass(issue.Chapter("a-a.xhtml").Root!, "p", "meta");
        Assert.Equal(["By", " and "], byline.Elements(EpubContents.Xhtml + "span").Where(s => (string?)s.Attribute("lang") == "en").Select(s => s.Value));
        Assert.StartsWith("By أحمد and <Sara>", byline.Value, StringComparison.Ordinal);
        // The headline the pager names stays Arabic, the tag's section too: only the book's words are marked.
        Assert.DoesNotContain(ByClass(issue.Chapter("a-a.xhtml").Root!, "li", "next").Descendants(), e => e.Value == "مقال آخر" && (string?)e.Attribute("lang") == "en");
        Assert.Null(ByClass(issue.Chapter("a-a.xhtml").Root!, "p", "section").Attribute("lang"));
        // A tag book's sections are weeks: their titles are the book's words.
        var tagBook = EpubContents.Open(Directory.GetFiles(Path.Combine(output, "epub/tags"), "*.epub").Single());
        var week = tagBook.Xml("EPUB/contents.xhtml").Descendants(EpubContents.Xhtml + "h2").Single();
        Assert.StartsWith("Week 10/2026", week.Value, StringComparison.Ordinal);
        Assert.Equal(("en", "ltr"), ((string?)week.Attribute("lang"), DirectionOf(week)));
        // The contents' heading: the site's name stays Arabic, the week is English; a tag book's heading is all names.
        var heading = issue.Xml("EPUB/contents.xhtml").Descendants(EpubContents.Xhtml + "h1").Single();
        Assert.Equal("الجريدة – Week 10/2026", heading.Value);
        Assert.Null(heading.Attribute("lang"));
        var marked = Assert.Single(heading.Elements(EpubContents.Xhtml + "span"));
        Assert.Equal(("Week 10/2026", "en", "ltr"), (marked.Value, (string?)marked.Attribute("lang"), DirectionOf(marked)));
        var tagHeading = tagBook.Xml("EPUB/contents.xhtml").Descendants(EpubContents.Xhtml + "h1").Single();
        Assert.Equal(("الجريدة – ثقافة", false), (tagHeading.Value, tagHeading.Descendants().Any()));
        Assert.Equal((0, 0), Validity(Path.Combine(output, "epub/2026-W10.epub")));
    }

    [Fact]
    public void A_book_of_arabic_articles_turns_its_pages_from_right_to_left()
    {
        var output = Build(
            ("a.md", "---\ntitle: مرحبا\ndate: 2026-11-16\ntags: [Sprachen]\nlanguage: ar\n---\nهذا نص قصير.\n"),
            ("b.md", "---\ntitle: Hallo\ndate: 2026-11-17\ntags: [Sprachen]\nlanguage: de\n---\nText.\n"),
            ("c.md", "---\ntitle: سلام\ndate: 2026-11-18\ntags: [Sprachen]\nlanguage: ar-EG\n---\nنص آخر.\n"));
        var book = Path.Combine(output, "epub/2026-W47.epub");
        var epub = EpubContents.Open(book);

        Assert.Equal("ar", epub.Dublin("language"));
        Assert.Equal("rtl", (string?)epub.Package.Root!.Attribute(Dir));
        Assert.Equal("rtl", (string?)epub.Package.Descendants(EpubContents.Opf + "spine").Single().Attribute("page-progression-direction"));
        Assert.Equal("rtl", DirectionOf(epub.Xml("EPUB/contents.xhtml").Root!));
        Assert.Equal("ltr", DirectionOf(epub.Chapter("a-b.xhtml").Root!));
        var pager = ByClass(epub.Chapter("a-b.xhtml").Root!, "nav", "pager");
        Assert.Equal("rtl", DirectionOf(pager)); // the book's words, in its direction
        // The previous page lies to the right: its arrow points right, the next one's left.
        var links = pager.Descendants(EpubContents.Xhtml + "a").ToDictionary(a => (string?)a.Attribute("rel") ?? "contents", a => a.Value);
        Assert.StartsWith("→ ", links["prev"]);
        Assert.EndsWith(" ←", links["next"]);
        Assert.Equal((0, 0), Validity(book));
    }

    private static string Build(params (string Name, string Text)[] files)
    {
        var (corpus, diagnostics) = Corpora.FromFolder(Corpora.WriteFolder(files));
        Assert.Empty(diagnostics.Sorted());
        var output = Directory.CreateTempSubdirectory("epub-direction-").FullName;
        BookFiles.WriteAll(corpus, output);
        return output;
    }

    private static XElement ByClass(XElement page, string element, string @class) =>
        page.Descendants(EpubContents.Xhtml + element).Single(e => (string?)e.Attribute("class") == @class);

    /// <summary>The direction an element's text runs in: its own <c>dir</c> or its nearest ancestor's, as HTML inherits it.</summary>
    private static string? DirectionOf(XElement element) =>
        element.AncestorsAndSelf().Select(e => (string?)e.Attribute(Dir)).FirstOrDefault(d => d is not null);

    private static (int Errors, int Warnings) Validity(string book)
    {
        var result = EpubCheck.Run([book])[book];
        return (result.Errors, result.Warnings);
    }
}
