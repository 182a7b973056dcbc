namespace Publisher.Core.Model;

/// <summary>The one place that knows the site's URL scheme.</summary>
public static class SiteUrls
{
    public static Uri Article(this Site site, Slug slug) => new(site.BaseUrl, $"articles/{slug.Value}.html");

    public static Uri TagPage(this Site site, Tag tag) => new(site.BaseUrl, $"tags/{tag.Slug.Value}.html");

    /// <summary>The scheme of feed categories: the site's tag folder.</summary>
    public static Uri TagScheme(this Site site) => new(site.BaseUrl, "tags/");

    public static Uri Feed(this Site site, string relativePath) => new(site.BaseUrl, relativePath);
}
