using Publisher.Core.Model;

namespace Publisher.Feeds;

/// <summary>
/// URLs as the feeds write them: ASCII only, an internationalised host in punycode (<c>https://xn--bcher-kva.example/</c>
/// for <c>https://bücher.example/</c>), the rest percent-escaped. RSS 2.0 wants URLs, not IRIs; Atom and JSON Feed take
/// either, and get the same, so a feed's addresses and ids read alike in every format and every reader takes them. The
/// article's HTML in an entry keeps its links as the book does: an HTML link may be an IRI.
/// </summary>
internal static class AsciiUrls
{
    public static Uri Of(Uri url)
    {
        if (!url.IsAbsoluteUri || string.Equals(url.IdnHost, url.Host, StringComparison.Ordinal)) return url;
        return new Uri(new UriBuilder(url) { Host = url.IdnHost }.Uri.AbsoluteUri);
    }

    /// <summary>The site with its base URL in ASCII: every URL made from it (<see cref="SiteUrls"/>, <see cref="FeedLocations"/>) is.</summary>
    public static Site Of(Site site) => site with { BaseUrl = Of(site.BaseUrl) };
}
