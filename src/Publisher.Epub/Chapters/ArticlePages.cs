using System.Collections.Concurrent;
using Publisher.Core.Model;

namespace Publisher.Epub.Chapters;

/// <summary>
/// The URL of each article's page up to its path, as <see cref="InternalLinks"/> finds chapters by: made once per
/// article (it builds and parses a URL) and kept for every book of the build that holds the article.
/// </summary>
internal sealed class ArticlePages(Site site)
{
    private readonly ConcurrentDictionary<ArticleId, string> _pages = new();

    public string Of(Article article) =>
        _pages.GetOrAdd(article.Id, static (_, state) => state.Site.Article(state.Article.Slug).GetLeftPart(UriPartial.Path), (Site: site, Article: article));
}
