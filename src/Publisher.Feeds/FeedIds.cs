using System.Globalization;
using Publisher.Core.Model;

namespace Publisher.Feeds;

/// <summary>
/// Identities in feeds. An entry id is an RFC 4151 <c>tag:</c> URI built from the site's host, the article's
/// publication date and its id — <c>tag:example.org,2026-11-10:theater-alte-post</c> — so it survives rebuilds,
/// reordering and edits of the text; a site below a path on its host keeps that path in the specific part.
/// </summary>
public static class FeedIds
{
    /// <summary>The <c>updated</c> of a feed that has no entries yet: a fixed instant, never the build time.</summary>
    public static readonly DateTimeOffset NoEntriesUpdated = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string Entry(Site site, Article article)
    {
        var host = site.BaseUrl.IdnHost.ToLowerInvariant();
        var date = article.Published.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var path = site.BaseUrl.AbsolutePath.Trim('/');
        var specific = path.Length == 0 ? article.Id.ToString() : $"{path}/{article.Id}";
        return $"tag:{host},{date}:{specific}";
    }
}
