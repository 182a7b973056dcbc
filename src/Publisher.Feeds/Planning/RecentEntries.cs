using Publisher.Core.Model;

namespace Publisher.Feeds.Planning;

/// <summary>
/// The entries of a subscription document: the newest <c>N</c> articles by publication, and every older one updated
/// since the oldest of those was published. A feed of the newest <c>N</c> alone never tells a reader that an older
/// article changed, and RFC 5005 §4 advises putting changed entries into the subscription document, as clients need not
/// fetch archives again.
/// </summary>
internal static class RecentEntries
{
    /// <param name="newestFirst">The feed's articles, newest first.</param>
    /// <param name="alsoKeep">Which other articles the document holds whatever their age (the current week's).</param>
    public static Article[] Of(IReadOnlyList<Article> newestFirst, int newest, TimeZoneInfo siteZone, Func<Article, bool>? alsoKeep = null)
    {
        if (newestFirst.Count <= newest) return [.. newestFirst];
        var since = newestFirst[newest - 1].Published.ToInstant(siteZone);
        return [.. newestFirst.Where((article, i) => i < newest || alsoKeep?.Invoke(article) == true || article.LastModified(siteZone) > since)];
    }
}
