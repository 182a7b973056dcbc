using System.Xml.Linq;
using Publisher.Epub.Chapters;
using Publisher.Epub.Tests.Support;

namespace Publisher.Epub.Tests;

/// <summary>Markdown structure in a book: one week's articles written as an EPUB, its chapters read back and the book checked by epubcheck.</summary>
public sealed class MarkdownStructureTests
{
    private const string Other = "---\ntitle: Der Bericht\ndate: 2026-11-10\ntags: [Technik]\nid: bericht\n---\nDer Bericht selbst.\n\n"
        + "## The setup\n\nText.\n\n## Über uns\n\nText.\n\n## 2026 in review\n\nText.\n\n## The setup\n\nNoch einmal.\n";

    private const string Structured = """
        ---
        title: Strukturen
        date: 2026-11-11
        tags: [Technik]
        id: strukturen
        ---
        Vorweg.

        # Erste Ebene mit dem [Bericht](https://example.org/articles/bericht.html)

        Text.

        ### Zweite *Ebene* mit `make`

        Text.

        #### Dritte Ebene

        Text.

        3. drei
        4. vier

        ***

        Nach der Pause, mehr auf www.example.com/pause.

        Siehe [den Aufbau](bericht.md#the-setup), [noch einmal](bericht.md#the-setup-2), [uns](bericht.md#über-uns),
        [das Jahr](bericht.md#2026-in-review), [nichts](bericht.md#nirgends), [oben](#dritte-ebene) und [mich](strukturen.md).

        - [ ] offen
        - [x] erledigt
        """;

    private static (XDocument Chapter, string Book) Book()
    {
        var (corpus, diagnostics) = Corpora.FromFolder(Corpora.WriteFolder(("bericht.md", Other), ("strukturen.md", Structured)));
        Assert.Empty(diagnostics.Sorted());
        var folder = Directory.CreateTempSubdirectory("epub-structure-").FullName;
        var book = Assert.Single(BookFiles.WriteAll(corpus, folder), f => !f.Contains("/tags/", StringComparison.Ordinal));
        var article = corpus.Articles.Single(a => a.Id.ToString() == "strukturen");
        return (EpubContents.Open(book).Chapter(ChapterFiles.Of(article)), book);
    }

    private static XNamespace X => EpubContents.Xhtml;

    [Fact]
    public void Subheads_keep_their_level_and_inline_content_a_list_its_start_a_break_its_place_a_bare_address_its_link_tasks_their_boxes_and_the_book_passes_epubcheck()
    {
        var (chapter, book) = Book();
        var headings = chapter.Descendants().Where(e => e.Name.LocalName is "h2" or "h3" or "h4").Select(e => (e.Name.LocalName, e.Value)).ToList();
        Assert.Equal([("h2", "Erste Ebene mit dem Bericht"), ("h3", "Zweite Ebene mit make"), ("h4", "Dritte Ebene")], headings);
        var first = chapter.Descendants(X + "h2").Single();
        Assert.Equal("a-bericht.xhtml", (string)first.Element(X + "a")!.Attribute("href")!); // the other article's chapter, not its web page
        var second = chapter.Descendants(X + "h3").Single();
        Assert.Equal("Ebene", second.Element(X + "em")!.Value);
        Assert.Equal("make", second.Element(X + "code")!.Value);
        var list = chapter.Descendants(X + "ol").Single();
        Assert.Equal("3", (string?)list.Attribute("start"));
        Assert.Equal(["drei", "vier"], list.Elements(X + "li").Select(li => li.Value));
        Assert.Equal("ol", ((XElement)chapter.Descendants(X + "hr").Single().PreviousNode!).Name.LocalName);
        Assert.Contains(chapter.Descendants(X + "a"), a => (string?)a.Attribute("href") == "https://www.example.com/pause" && a.Value == "www.example.com/pause");
        Assert.Equal([("task open", "☐ offen"), ("task done", "☑ erledigt")],
            chapter.Descendants(X + "li").Where(li => ((string?)li.Attribute("class"))?.StartsWith("task", StringComparison.Ordinal) == true)
                .Select(li => ((string?)li.Attribute("class"), li.Value)));
        var result = EpubCheck.Run([book])[book]; // with the links to subheads below: epubcheck checks that each fragment's id exists
        Assert.True(result.Errors == 0 && result.Warnings == 0, result.ToString());
    }

    [Fact]
    public void Subheads_have_ids_and_a_link_to_one_in_the_book_keeps_its_fragment_one_to_no_such_subhead_leads_to_the_chapter()
    {
        var (chapter, book) = Book();
        Assert.Equal(["erste-ebene-mit-dem-bericht", "zweite-ebene-mit-make", "dritte-ebene"],
            chapter.Descendants().Where(e => e.Name.LocalName is "h2" or "h3" or "h4").Select(e => (string?)e.Attribute("id")));
        var other = EpubContents.Open(book).Chapter("a-bericht.xhtml");
        Assert.Equal(["the-setup", "über-uns", "h-2026-in-review", "the-setup-2"], other.Descendants(X + "h2").Select(e => (string?)e.Attribute("id")));
        var links = chapter.Descendants(X + "a").Where(a => a.Parent?.Name == X + "p" && a.Parent.Value.StartsWith("Siehe", StringComparison.Ordinal))
            .Select(a => (string?)a.Attribute("href"));
        Assert.Equal(["a-bericht.xhtml#the-setup", "a-bericht.xhtml#the-setup-2", "a-bericht.xhtml#über-uns", "a-bericht.xhtml#h-2026-in-review",
            "a-bericht.xhtml", "a-strukturen.xhtml#dritte-ebene", "a-strukturen.xhtml"], links);
    }
}
