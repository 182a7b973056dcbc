using Publisher.Core.Model;
using Publisher.Templating;

namespace Publisher.Pdf.Digest;

/// <summary>
/// How a digest writes a link: one to the page of an article printed in the digest becomes a link to it inside the PDF,
/// <c>#article-{slug}</c>, or to its subhead when the link's fragment names one (<c>#article-{slug}.the-setup</c>, by
/// <see cref="HeadingIds.FromFragment"/>); every other link stays absolute.
/// </summary>
public sealed class DigestLinks
{
    private readonly Dictionary<string, Article> _byPage = new(StringComparer.Ordinal);
    private readonly Dictionary<ArticleId, HashSet<string>> _headings = [];

    public DigestLinks(Site site, IEnumerable<Article> articles)
    {
        foreach (var article in articles) _byPage[site.Article(article.Slug).GetLeftPart(UriPartial.Path)] = article;
    }

    /// <summary>The anchor of the article's headline in the digest.</summary>
    public static string Anchor(Article article) => "article-" + article.Slug.Value;

    /// <summary>Whether <paramref name="url"/> leads to the page of an article printed in the digest.</summary>
    public bool InDigest(Uri? url) => Target(url) is not null;

    public string Href(Uri url)
    {
        if (Target(url) is not { } article) return url.AbsoluteUri;
        var anchor = Anchor(article);
        if (url.Fragment.Length <= 1) return "#" + anchor;
        var id = HeadingIds.FromFragment(url.Fragment);
        return HeadingsOf(article).Contains(id) ? $"#{anchor}.{id}" : "#" + anchor;
    }

    /// <summary>
    /// Whether a link's <paramref name="text"/> only is its <paramref name="address"/> as printed (<c>https://www.berlin.de/ba-mitte/</c>,
    /// or written without the scheme or the closing slash, as a bare <c>www.</c> address is): then the address says it all.
    /// </summary>
    public static bool ShowsAddress(string text, string address) =>
        string.Equals(Bare(text), Bare(address), StringComparison.OrdinalIgnoreCase);

    private static string Bare(string address)
    {
        var bare = address.Trim();
        foreach (var scheme in (ReadOnlySpan<string>)["https://", "http://", "mailto:"])
            if (bare.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) { bare = bare[scheme.Length..]; break; }
        return bare.TrimEnd('/');
    }

    private Article? Target(Uri? url) =>
        url is { IsAbsoluteUri: true } && _byPage.TryGetValue(url.GetLeftPart(UriPartial.Path), out var article) ? article : null;

    private HashSet<string> HeadingsOf(Article article)
    {
        if (!_headings.TryGetValue(article.Id, out var ids))
            _headings[article.Id] = ids = new HashSet<string>(HeadingIds.Of(article.Slug.Value, article.Body), StringComparer.Ordinal);
        return ids;
    }
}
