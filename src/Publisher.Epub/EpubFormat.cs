using System.Collections.Immutable;
using Publisher.Core.Diagnostics;
using Publisher.Epub.Cover;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Output;
using Publisher.Epub.Books;
using Publisher.Epub.Chapters;
using Publisher.Epub.Checks;
using Publisher.Epub.Container;
using Publisher.Templating;

namespace Publisher.Epub;

/// <summary>
/// EPUB 3 books for e-readers: a periodical-style issue per ISO week (<c>epub/{YYYY-Www}.epub</c>) and a book per
/// tag (<c>epub/tags/{slug}.epub</c>), each holding the pictures its chapters show (<see cref="BookPictures"/>).
/// </summary>
/// <param name="pieces">
/// Where articles' chapter content is kept across books and builds (the incremental build's piece pack); without
/// one, each article's content is shared by the books of one build only, within a memory budget.
/// </param>
public sealed class EpubFormat(TemplateRenderer renderer, IPieceStore? pieces = null) : IOutputFormat
{
    public string Name => "epub";

    /// <remarks>
    /// A book is laid out only when it is written: an incremental build plans every book but writes few. A job
    /// lists the book's articles in corpus order; their order in the book follows from them. Jobs come biggest book
    /// first: written in parallel, the large tag books then start early instead of leaving one core working alone at
    /// the end.
    /// </remarks>
    public IReadOnlyList<OutputJob> Plan(Corpus corpus, DiagnosticBag diagnostics)
    {
        MissingCoverGlyphs.Report(corpus, diagnostics);
        var books = corpus.Weeks.Select(week => (Path: WeeklyIssue.PathOf(week), Key: WeeklyIssue.KeyOf(week), week.Articles, Make: (Func<EpubBook>)(() => WeeklyIssue.From(corpus, week))))
            .Concat(corpus.TagGroups.Where(g => g.Articles.Length > 0)
                .Select(group => (Path: TagBook.PathOf(group), Key: TagBook.KeyOf(group), group.Articles, Make: (Func<EpubBook>)(() => TagBook.From(corpus, group)))))
            .ToList();
        pieces?.Live(() => corpus.Articles.Select(a => PieceSlot.ArticleOf(a.Id)).Concat(books.Select(b => PieceSlot.BookOf(b.Key))));
        var writer = new Lazy<EpubWriter>(() => new EpubWriter(renderer, new OverriddenXml(renderer.Templates), Articles(corpus, books.Select(b => b.Articles)), new ArticlePages(corpus.Site), pieces));
        return [.. books.OrderByDescending(book => book.Articles.Length).Select(book =>
            new OutputJob(book.Path, book.Articles, EpubTemplates.All, stream => writer.Value.Write(book.Make(), corpus, stream))
            {
                Pictures = corpus.Pictures.Of(book.Articles), // the book holds them: a changed picture rewrites it
            })];
    }

    private IArticlePieces Articles(Corpus corpus, IEnumerable<ImmutableArray<Article>> books)
    {
        var booksPerArticle = books.SelectMany(b => b).GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.Count());
        if (pieces is not null) return new StoredArticlePieces(renderer, corpus, pieces, booksPerArticle);
        return new ArticleHtmlCache(renderer, corpus, booksPerArticle);
    }
}
