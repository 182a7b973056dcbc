using System.Collections.Concurrent;
using Publisher.Core.Model;
using Publisher.Templating;

namespace Publisher.Epub.Chapters;

/// <summary>
/// The URL of each article's page up to its path, as <see cref="InternalLinks"/> finds chapters by, and the ids of its
/// subheads, which a link's fragment may name: each made once per article (a URL built and parsed, a body decoded) and
/// kept for every book of the build that holds the article.
/// </summary>
internal sealed class ArticlePages(Site site)
{
    private readonly ConcurrentDictionary<ArticleId, string> _pages = new();
    private readonly ConcurrentDictionary<ArticleId, HashSet<string>> _headings = new();

    public string Of(Article article) =>
        _pages.GetOrAdd(article.Id, static (_, state) => state.Site.Article(state.Article.Slug).GetLeftPart(UriPartial.Path), (Site: site, Article: article));

    /// <summary>The ids of the article's subheads (<see cref="HeadingIds"/>), asked for only when a link names a part of it.</summary>
    public IReadOnlySet<string> HeadingsOf(Article article) =>
        _headings.GetOrAdd(article.Id, static (_, article) => new HashSet<string>(HeadingIds.Of(article.Slug.Value, article.Body), StringComparer.Ordinal), article);
}
