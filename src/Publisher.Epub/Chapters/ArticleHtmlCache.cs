using System.Collections.Concurrent;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Epub.Container;
using Publisher.Templating;
using Publisher.Templating.Views;

namespace Publisher.Epub.Chapters;

/// <summary>
/// An article's chapter content (<c>epub/article.xhtml.sbn</c>) is the same in its weekly issue and in each of its
/// tag books, unless it links to another article that only some of those books hold. So it is rendered and
/// deflated once and kept until every book holding the article has taken it; articles with such links render per
/// book. What is kept is bounded: past <see cref="BudgetBytes"/> of compressed text, articles render per book too.
/// </summary>
internal sealed class ArticleHtmlCache(TemplateRenderer renderer, Corpus corpus, IReadOnlyDictionary<ArticleId, int> booksPerArticle) : IArticlePieces
{
    public const long BudgetBytes = 64L << 20;
    private readonly ConcurrentDictionary<ArticleId, Lazy<DeflatedPiece>> _pieces = new();
    private readonly ConcurrentDictionary<ArticleId, int> _uses = new();
    private readonly HashSet<string> _siteArticles = [.. corpus.Articles.Select(a => corpus.Site.Article(a.Slug).GetLeftPart(UriPartial.Path))];
    private readonly ConcurrentDictionary<ArticleId, bool> _linksToSite = new();
    private readonly ArticleViews _absoluteViews = ArticleTemplate.Views(corpus, ArticleTemplate.Absolute);
    private long _keptBytes;

    /// <summary>The article's content for a book, deflated.</summary>
    public DeflatedPiece Piece(Article article, InternalLinks links)
    {
        if (LinksToSiteArticles(article)) return Deflate(article, ArticleTemplate.Views(corpus, links.Href));
        var key = (article.Id);
        var books = booksPerArticle.GetValueOrDefault(article.Id);
        if (books <= 1) return Deflate(article, _absoluteViews);
        var last = _uses.AddOrUpdate(key, 1, (_, n) => n + 1) >= books;
        Lazy<DeflatedPiece>? kept;
        if (last)
        {
            _uses.TryRemove(key, out _);
            _pieces.TryRemove(key, out kept);
        }
        else if (!_pieces.TryGetValue(key, out kept) && Interlocked.Read(ref _keptBytes) <= BudgetBytes)
        {
            kept = _pieces.GetOrAdd(key, _ => new Lazy<DeflatedPiece>(() =>
            {
                var made = Deflate(article, _absoluteViews);
                Interlocked.Add(ref _keptBytes, made.Compressed.Length);
                return made;
            }));
        }
        if (kept is null) return Deflate(article, _absoluteViews);
        var piece = kept.Value;
        if (last) Interlocked.Add(ref _keptBytes, -piece.Compressed.Length);
        return piece;
    }

    /// <summary>The article's content for a book, as text (for a chapter template that does more than place it).</summary>
    public string Html(Article article, InternalLinks links) =>
        Render(article, LinksToSiteArticles(article) ? ArticleTemplate.Views(corpus, links.Href) : _absoluteViews);

    private DeflatedPiece Deflate(Article article, ArticleViews views) => ArticleTemplate.Deflate(renderer, views, article);

    private string Render(Article article, ArticleViews views) => ArticleTemplate.Render(renderer, views, article);

    /// <summary>Asked once per article and book; answered once per article (reading the body decodes it).</summary>
    private bool LinksToSiteArticles(Article article) =>
        _linksToSite.GetOrAdd(article.Id, static (_, state) => state.Cache.FindLinksToSiteArticles(state.Article), (Cache: this, Article: article));

    private bool FindLinksToSiteArticles(Article article) =>
        article.Links.Any(l => IsSiteArticle(l.Url)) || SiteLinks.LinksIn(article.Body).Any(IsSiteArticle);

    private bool IsSiteArticle(Uri? url) => url is { IsAbsoluteUri: true } && _siteArticles.Contains(url.GetLeftPart(UriPartial.Path));
}
