namespace Publisher.Core.Model;

/// <summary>The one place that knows the site's URL scheme.</summary>
public static class SiteUrls
{
    public static Uri Article(this Site site, Slug slug) => Article(site.BaseUrl, slug);

    /// <summary>The page of the article <paramref name="slug"/> on the site at <paramref name="baseUrl"/>.</summary>
    public static Uri Article(Uri baseUrl, Slug slug) => new(baseUrl, $"articles/{slug.Value}.html");

    public static Uri TagPage(this Site site, Tag tag) => new(site.BaseUrl, $"tags/{tag.Slug.Value}.html");

    /// <summary>The scheme of feed categories: the site's tag folder.</summary>
    public static Uri TagScheme(this Site site) => new(site.BaseUrl, "tags/");

    public static Uri Feed(this Site site, string relativePath) => new(site.BaseUrl, relativePath);
}
