using System.Collections.Concurrent;
using System.Text;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Epub.Books;
using Publisher.Templating;
using Publisher.Templating.Views;

namespace Publisher.Epub.Chapters;

/// <summary>
/// An article's chapter content (<c>epub/article.xhtml.sbn</c>) is the same in its weekly issue and in each of its
/// tag books, unless it links to another article that only some of those books hold. So it is rendered once and
/// kept (as UTF-8) until every book holding the article has taken it; articles with such links render per book.
/// </summary>
internal sealed class ArticleHtmlCache(TemplateRenderer renderer, Corpus corpus, IReadOnlyDictionary<ArticleId, int> booksPerArticle)
{
    private readonly ConcurrentDictionary<ArticleId, Lazy<byte[]>> _html = new();
    private readonly ConcurrentDictionary<ArticleId, int> _uses = new();
    private readonly HashSet<string> _siteArticles = [.. corpus.Articles.Select(a => corpus.Site.Article(a.Slug).GetLeftPart(UriPartial.Path))];

    public string Get(Article article, InternalLinks links, Labels labels)
    {
        if (LinksToSiteArticles(article)) return Render(article, links.Href, labels);
        var html = _html.GetOrAdd(article.Id, _ => new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(Render(article, url => url.AbsoluteUri, labels)))).Value;
        var uses = _uses.AddOrUpdate(article.Id, 1, (_, n) => n + 1);
        if (booksPerArticle.TryGetValue(article.Id, out var books) && uses >= books) _html.TryRemove(article.Id, out _);
        return Encoding.UTF8.GetString(html);
    }

    private string Render(Article article, Func<Uri, string> href, Labels labels) =>
        renderer.Render(EpubTemplates.Article, new Dictionary<string, object?>
        {
            ["article"] = new ArticleViews(corpus, href).Create(article),
            ["labels"] = labels,
        });

    private bool LinksToSiteArticles(Article article) =>
        article.Links.Any(l => IsSiteArticle(l.Url)) || LinksIn(article.Body).Any(IsSiteArticle);

    private bool IsSiteArticle(Uri? url) => url is { IsAbsoluteUri: true } && _siteArticles.Contains(url.GetLeftPart(UriPartial.Path));

    private static IEnumerable<Uri?> LinksIn(IEnumerable<Block> blocks) => blocks.SelectMany(block => block switch
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
