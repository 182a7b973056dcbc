using System.Globalization;
using Publisher.Core.Model;

namespace Publisher.Feeds;

/// <summary>
/// Identities in feeds. An entry id is an RFC 4151 <c>tag:</c> URI built from the site's host, the year of the article's
/// publication and its id — <c>tag:example.org,2026:theater-alte-post</c> — so it survives rebuilds, reordering, edits of
/// the text and a corrected date within the year (with the whole date, readers showed a corrected article twice); a site
/// below a path on its host keeps that path in the specific part. The host, not the base URL, names the site, so a
/// move from <c>http</c> to <c>https</c> keeps every id.
/// </summary>
public static class FeedIds
{
    /// <summary>The <c>updated</c> of a feed that has no entries yet: a fixed instant, never the build time.</summary>
    public static readonly DateTimeOffset NoEntriesUpdated = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string Entry(Site site, Article article)
    {
        var host = site.BaseUrl.IdnHost.ToLowerInvariant();
        var year = article.Published.Date.ToString("yyyy", CultureInfo.InvariantCulture);
        var path = site.BaseUrl.AbsolutePath.Trim('/');
        var specific = path.Length == 0 ? article.Id.ToString() : $"{path}/{article.Id}";
        return $"tag:{host},{year}:{specific}";
    }
}
