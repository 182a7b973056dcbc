using Publisher.Epub.Tests.Support;

namespace Publisher.Epub.Tests;

/// <summary>A book's <c>dcterms:modified</c> is the newest publication or update of its articles; its <c>dc:date</c> stays the newest publication day.</summary>
public class ModifiedDateTests
{
    [Fact]
    public void An_update_after_the_newest_publication_is_the_books_modified_date()
    {
        var folder = Corpora.WriteFolder(
            ("old.md", "---\ntitle: Alt\ndate: 2026-11-09\nupdated: 2026-11-14T09:30:00+01:00\ntags: [Kultur]\n---\nText.\n"),
            ("new.md", "---\ntitle: Neu\ndate: 2026-11-11T12:00:00+01:00\ntags: [Kultur]\n---\nText.\n"));
        var (corpus, diagnostics) = Corpora.FromFolder(folder);
        Assert.Empty(diagnostics.Sorted());
        var output = Directory.CreateTempSubdirectory("epub-modified-").FullName;
        BookFiles.WriteAll(corpus, output);

        foreach (var book in new[] { "epub/2026-W46.epub", "epub/tags/kultur.epub" })
        {
            var epub = EpubContents.Open(Path.Combine(output, book));
            Assert.Equal("2026-11-14T08:30:00Z", epub.Meta("dcterms:modified"));
            Assert.Equal("2026-11-11", epub.Dublin("date"));
        }
    }

    [Fact]
    public void Without_updates_a_book_is_modified_when_its_newest_article_was_published()
    {
        var folder = Corpora.WriteFolder(
            ("old.md", "---\ntitle: Alt\ndate: 2026-11-09\nupdated: 2026-11-10\n---\nText.\n"),
            ("new.md", "---\ntitle: Neu\ndate: 2026-11-11T12:00:00+01:00\n---\nText.\n"));
        var output = Directory.CreateTempSubdirectory("epub-modified-").FullName;
        BookFiles.WriteAll(Corpora.FromFolder(folder).Corpus, output);
        Assert.Equal("2026-11-11T11:00:00Z", EpubContents.Open(Path.Combine(output, "epub/2026-W46.epub")).Meta("dcterms:modified"));
    }
}
