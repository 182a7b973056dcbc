using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Output;
using Publisher.Epub.Books;
using Publisher.Epub.Chapters;
using Publisher.Templating;

namespace Publisher.Epub;

/// <summary>
/// EPUB 3 books for e-readers: a periodical-style issue per ISO week (<c>epub/{YYYY-Www}.epub</c>) and a book per
/// tag (<c>epub/tags/{slug}.epub</c>).
/// </summary>
public sealed class EpubFormat(TemplateRenderer renderer) : IOutputFormat
{
    public string Name => "epub";

    public IReadOnlyList<OutputJob> Plan(Corpus corpus, DiagnosticBag diagnostics)
    {
        var books = corpus.Weeks.Select(week => WeeklyIssue.From(corpus, week))
            .Concat(corpus.TagGroups.Where(g => g.Articles.Length > 0).Select(group => TagBook.From(corpus, group)))
            .ToList();
        var booksPerArticle = books.SelectMany(b => b.Articles).GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.Count());
        var writer = new EpubWriter(renderer, new ArticleHtmlCache(renderer, corpus, booksPerArticle));
        return [.. books.Select(book => new OutputJob(book.Path, [.. book.Articles], EpubTemplates.All, stream => writer.Write(book, corpus, stream)))];
    }
}
