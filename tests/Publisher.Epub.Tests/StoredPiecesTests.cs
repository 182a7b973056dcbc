using System.Collections.Immutable;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Epub.Chapters;
using Publisher.Epub.Tests.Support;
using Publisher.Templating;

namespace Publisher.Epub.Tests;

/// <summary>
/// Books written with a piece store (the incremental build's pack) are the books written without one, whether the
/// store is empty, filled by the same content, or filled by content that has changed since; and a filled store
/// spares the rendering of everything that did not change.
/// </summary>
public class StoredPiecesTests
{
    [Fact]
    public void Books_written_with_a_store_are_the_books_written_without_one()
    {
        var corpus = Corpora.Generated(count: 40, weeks: 4);
        var plain = Write(corpus, store: null);
        var store = new MemoryPieceStore();

        var first = Write(corpus, store);
        var second = Write(corpus, store = store.Next());

        AssertSameBooks(plain, first);
        AssertSameBooks(plain, second);
        Assert.Equal(0, store.Kept); // everything came from the store
        Assert.True(store.Found > corpus.Articles.Length);
    }

    [Theory]
    [InlineData("body")]
    [InlineData("headline")]
    [InlineData("tags")]
    [InlineData("new article")]
    [InlineData("deleted article")]
    public void After_a_change_the_store_gives_the_books_a_fresh_writing_gives(string change)
    {
        var articles = Corpora.Generated(count: 40, weeks: 4).Articles.OrderBy(a => a.Id.ToString(), StringComparer.Ordinal).ToList();
        var store = new MemoryPieceStore();
        Write(Corpus.Create(GeneratedArticles.Site, articles), store);

        var changed = Changed(articles, change);
        var corpus = Corpus.Create(GeneratedArticles.Site, changed);
        var after = store.Next();
        var incremental = Write(corpus, after);

        AssertSameBooks(Write(corpus, store: null), incremental);
        Assert.True(after.Found > 0);
        Assert.True(after.Kept < corpus.Articles.Length, $"{after.Kept} pieces made again for one change");
    }

    [Fact]
    public void A_damaged_piece_in_the_store_is_rendered_again()
    {
        var corpus = Corpora.Generated(count: 12, weeks: 2);
        var store = new MemoryPieceStore();
        Write(corpus, store);
        foreach (var key in store.Pieces.Keys.ToList()) store.Pieces[key] = [0xFF, 1, 2, 3];

        AssertSameBooks(Write(corpus, store: null), Write(corpus, store));
    }

    [Fact]
    public void With_a_template_that_reads_the_whole_book_the_books_are_still_the_same()
    {
        var overrides = Directory.CreateTempSubdirectory("epub-templates-").FullName;
        Directory.CreateDirectory(Path.Combine(overrides, "epub"));
        File.WriteAllText(Path.Combine(overrides, "epub", "chapter.xhtml.sbn"),
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>{{ book.sections.size }} {{ book.sections[0].entries[0].headline | html.escape }}</p>{{ article_html }}</body></html>\n");
        var articles = Corpora.Generated(count: 20, weeks: 2).Articles.ToList();
        var store = new MemoryPieceStore();
        Write(Corpus.Create(GeneratedArticles.Site, articles), store, BookFiles.Renderer(overrides));

        var corpus = Corpus.Create(GeneratedArticles.Site, Changed(articles, "headline"));
        AssertSameBooks(Write(corpus, null, BookFiles.Renderer(overrides)), Write(corpus, store.Next(), BookFiles.Renderer(overrides)));
    }

    [Fact]
    public void A_link_to_a_subhead_follows_the_linked_articles_headings_not_the_stored_piece_of_the_linking_one()
    {
        var (corpus, diagnostics) = Corpora.FromFolder(Corpora.WriteFolder(
            ("bericht.md", "---\ntitle: Der Bericht\ndate: 2026-11-10\nid: bericht\n---\nText.\n"),
            ("verweis.md", "---\ntitle: Verweis\ndate: 2026-11-11\nid: verweis\n---\nSiehe [den Aufbau](bericht.md#the-setup).\n")));
        Assert.Empty(diagnostics.Sorted());
        var store = new MemoryPieceStore();
        Write(corpus, store);

        var articles = corpus.Articles.Select(a => a.Id.ToString() != "bericht" ? a : a with
        {
            Body = [.. a.Body, new Subhead([new TextRun("The setup")], 2)],
            Source = a.Source with { ContentHash = a.Source.ContentHash + "-edited" },
        }).ToList();
        var edited = Corpus.Create(corpus.Site, articles);
        var incremental = Write(edited, store.Next());

        AssertSameBooks(Write(edited, store: null), incremental); // the linking article's chapter now links a-bericht.xhtml#the-setup
    }

    /// <summary>The articles after one edit; an edited article gets a new content hash, as its file would.</summary>
    private static List<Article> Changed(List<Article> articles, string change)
    {
        var list = articles.ToList();
        var i = list.Count / 2;
        var a = list[i];
        var source = a.Source with { ContentHash = a.Source.ContentHash + "-edited" };
        switch (change)
        {
            case "body": list[i] = a with { Body = [.. a.Body, new Paragraph([new TextRun("A paragraph added later.")])], Source = source }; break;
            case "headline": list[i] = a with { Headline = a.Headline + " (updated)", Source = source }; break;
            case "tags": list[i] = a with { Tags = [.. a.Tags.Append("Nachtrag")], Source = source }; break;
            case "new article":
                var slug = Slug.From("artikel-neu");
                list.Add(a with { Id = new ArticleId(slug), Slug = slug, Headline = "Ganz neu", Source = new SourceFile("generated/neu.md", "neu") });
                break;
            case "deleted article": list.RemoveAt(i); break;
        }
        return list;
    }

    private static Dictionary<string, byte[]> Write(Corpus corpus, MemoryPieceStore? store, TemplateRenderer? renderer = null)
    {
        var diagnostics = new DiagnosticBag();
        var books = new EpubFormat(renderer ?? BookFiles.Renderer(), store).Plan(corpus, diagnostics).AsParallel().Select(job =>
        {
            using var stream = new MemoryStream();
            job.Write(stream);
            return (job.Path.Value, Bytes: stream.ToArray());
        }).ToDictionary(b => b.Value, b => b.Bytes);
        Assert.Empty(diagnostics.Sorted());
        return books;
    }

    private static void AssertSameBooks(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
    }
}
