using System.Collections.Concurrent;
using Publisher.Core.Wording;

namespace Publisher.Epub.Books;

/// <summary>
/// A book's words (<see cref="Words"/>) under the names the EPUB templates read them by before <c>book.words</c> and
/// <c>article.words</c>: <c>book.labels</c>, and <c>labels</c> in <c>epub/article.xhtml.sbn</c> (the article's). Kept
/// so that sites' overrides written for them still work; the shipped templates do not use them.
/// </summary>
/// <param name="ArticleWord">The form after 1.</param>
/// <param name="ArticlesWord">The form after a count of five or more, which an old template printed after every other count.</param>
public sealed record Labels(
    string Contents, string Cover, string Previous, string Next, string Pager, string Untagged, string Related, string Online,
    string WeekWord, string ArticleWord, string ArticlesWord, string AccessibilitySummary)
{
    private static readonly ConcurrentDictionary<Words, Labels> Made = new(ReferenceEqualityComparer.Instance);

    public static Labels From(Words words) => Made.GetOrAdd(words, static w => new Labels(
        w.Contents, w.Cover, w.Previous, w.Next, w.Pager, w.Untagged, w.Related, w.Online,
        w.Week, w.Article.One, w.Article.For(w.Plural(5)), w.AccessibilitySummary));
}
