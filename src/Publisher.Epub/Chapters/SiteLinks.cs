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
        AddLinks(body, urls);
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
    public static IReadOnlyList<Uri?> LinksIn(ImmutableArray<Block> blocks)
    {
        var urls = new List<Uri?>();
        AddLinks(blocks, urls);
        return urls;
    }

    // Loops rather than nested SelectMany: an iterator and an enumerator per block and per inline cost more than the links.
    private static void AddLinks(ImmutableArray<Block> blocks, List<Uri?> urls)
    {
        foreach (var block in blocks) AddLinks(block, urls);
    }

    private static void AddLinks(Block block, List<Uri?> urls)
    {
        switch (block)
        {
            case Paragraph p: AddLinks(p.Inlines, urls); break;
            case Subhead s: AddLinks(s.Inlines, urls); break;
            case Quote q: AddLinks(q.Blocks, urls); break;
            case ListBlock l:
                foreach (var item in l.Items) AddLinks(item.Blocks, urls);
                break;
            case Table t:
                AddLinks(t.Caption, urls);
                foreach (var row in t.Rows)
                    foreach (var cell in row.Cells) AddLinks(cell.Inlines, urls);
                break;
            case Notes n:
                foreach (var note in n.Items) AddLinks(note.Blocks, urls);
                break;
        }
    }

    private static void AddLinks(ImmutableArray<Inline> inlines, List<Uri?> urls)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case LinkInline link:
                    urls.Add(link.Url);
                    AddLinks(link.Content, urls);
                    break;
                case Emphasis e: AddLinks(e.Content, urls); break;
            }
        }
    }
}
