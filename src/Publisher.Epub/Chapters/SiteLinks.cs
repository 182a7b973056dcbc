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
    public static IReadOnlyList<string> Of(ImmutableArray<ArticleLink> links, ImmutableArray<Block> body, string articlePrefix)
    {
        var urls = new List<Uri?>(links.Length);
        foreach (var link in links) urls.Add(link.Url);
        foreach (var link in BodyLinks.In(body)) urls.Add(link.Url);
        List<string>? pages = null;
        foreach (var url in urls)
        {
            if (url is not { IsAbsoluteUri: true } || !url.AbsoluteUri.StartsWith(articlePrefix, StringComparison.Ordinal)) continue;
            var path = url.GetLeftPart(UriPartial.Path);
            if (path.StartsWith(articlePrefix, StringComparison.Ordinal)) (pages ??= []).Add(path);
        }
        if (pages is null) return [];
        pages.Sort(StringComparer.Ordinal);
        var distinct = 0; // sorted: a repeated page follows its first
        for (var i = 0; i < pages.Count; i++)
            if (distinct == 0 || pages[i] != pages[distinct - 1]) pages[distinct++] = pages[i];
        pages.RemoveRange(distinct, pages.Count - distinct);
        return pages;
    }

    /// <summary>The link targets in <paramref name="blocks"/>, in document order (a link before the links inside its text).</summary>
    public static IReadOnlyList<Uri?> LinksIn(ImmutableArray<Block> blocks) => [.. BodyLinks.In(blocks).Select(l => l.Url)];
}
