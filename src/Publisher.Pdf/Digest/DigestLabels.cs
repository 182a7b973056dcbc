using System.Collections.Concurrent;
using Publisher.Core.Wording;

namespace Publisher.Pdf.Digest;

/// <summary>
/// The digest's words (<see cref="Words"/>) under the names <c>digest.labels</c> and an article's <c>labels</c> gave them
/// before <c>digest.words</c> and <c>article.words</c>. Kept so that sites' overrides of <c>pdf/digest.sbn</c> written
/// for them still work; the shipped template does not use them.
/// </summary>
/// <param name="Notes">The heading of an article's numbered addresses (<see cref="Words.Links"/>).</param>
/// <param name="Articles">The form after a count of five or more, which an old template printed after every count but 1.</param>
public sealed record DigestLabels(string WeekLabel, string Contents, string Topics, string Articles, string Article,
    string Notes, string Untagged, string Page, string Of, string Related)
{
    private static readonly ConcurrentDictionary<Words, DigestLabels> Made = new(ReferenceEqualityComparer.Instance);

    public static DigestLabels From(Words words) => Made.GetOrAdd(words, static w => new DigestLabels(
        w.Week, w.Contents, w.Topics, w.Article.For(w.Plural(5)), w.Article.One, w.Links, w.Untagged, w.Page, w.Of, w.Related));
}
