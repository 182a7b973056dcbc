using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Output;
using Publisher.Epub.Books;
using Publisher.Epub.Chapters;
using Publisher.Epub.Container;
using Publisher.Templating;

namespace Publisher.Epub;

/// <summary>
/// EPUB 3 books for e-readers: a periodical-style issue per ISO week (<c>epub/{YYYY-Www}.epub</c>) and a book per
/// tag (<c>epub/tags/{slug}.epub</c>).
/// </summary>
/// <param name="pieces">
/// Where articles' chapter content is kept across books and builds (the incremental build's piece pack); without
/// one, each article's content is shared by the books of one build only, within a memory budget.
/// </param>
public sealed class EpubFormat(TemplateRenderer renderer, IPieceStore? pieces = null) : IOutputFormat
{
    public string Name => "epub";

    public IReadOnlyList<OutputJob> Plan(Corpus corpus, DiagnosticBag diagnostics)
    {
        var books = corpus.Weeks.Select(week => WeeklyIssue.From(corpus, week))
            .Concat(corpus.TagGroups.Where(g => g.Articles.Length > 0).Select(group => TagBook.From(corpus, group)))
            .ToList();
        var writer = new EpubWriter(renderer, Articles(corpus, books));
        return [.. books.Select(book => new OutputJob(book.Path, [.. book.Articles], EpubTemplates.All, stream => writer.Write(book, corpus, stream)))];
    }

    private IArticlePieces Articles(Corpus corpus, IReadOnlyList<EpubBook> books)
    {
        if (pieces is not null) return new StoredArticlePieces(renderer, corpus, pieces);
        var booksPerArticle = books.SelectMany(b => b.Articles).GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.Count());
        return new ArticleHtmlCache(renderer, corpus, booksPerArticle);
    }
}
