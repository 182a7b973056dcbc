using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Epub.Chapters;

/// <summary>
/// The links of an article that may point at one of the site's article pages: a book turns those that point at
/// one of its own articles into chapter links (<see cref="InternalLinks"/>). Found from the article alone, by
/// the URL scheme of article pages, so what is found does not depend on which other articles exist.
/// </summary>
internal static class SiteLinks
{
    /// <summary>
    /// What every article page URL (without query and fragment) starts with: <c>{base}articles/</c>. Empty when
    /// the site's URLs do not end the way this expects, so that then every absolute link counts.
    /// </summary>
    public static string ArticlePrefix(Site site)
    {
        const string probe = "x.html";
        var page = site.Article(Slug.From("x")).GetLeftPart(UriPartial.Path);
        return page.EndsWith(probe, StringComparison.Ordinal) ? page[..^probe.Length] : "";
    }

    /// <summary>The distinct article-page URLs (left part up to the path) the article links to, in ordinal order.</summary>
    public static IReadOnlyList<string> Of(Article article, string articlePrefix) => Of(article.Links, article.Body, articlePrefix);

    /// <summary>As <see cref="Of(Article, string)"/>, from an article's links and body as already read (reading them decodes them).</summary>
    public static IReadOnlyList<string> Of(ImmutableArray<ArticleLink> links, ImmutableArray<Block> body, string articlePrefix) =>
        [.. links.Select(l => l.Url).Concat(LinksIn(body))
            .Where(url => url is { IsAbsoluteUri: true } && url.AbsoluteUri.StartsWith(articlePrefix, StringComparison.Ordinal))
            .Select(url => url!.GetLeftPart(UriPartial.Path))
            .Where(path => path.StartsWith(articlePrefix, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    public static IEnumerable<Uri?> LinksIn(IEnumerable<Block> blocks) => blocks.SelectMany(block => block switch
    {
        Paragraph p => LinksIn(p.Inlines),
        Quote q => LinksIn(q.Blocks),
        ListBlock l => l.Items.SelectMany(i => LinksIn(i.Blocks)),
        _ => [],
    });

    private static IEnumerable<Uri?> LinksIn(IEnumerable<Inline> inlines) => inlines.SelectMany(inline => inline switch
    {
        LinkInline link => LinksIn(link.Content).Prepend(link.Url),
        Emphasis e => LinksIn(e.Content),
        _ => [],
    });
}
