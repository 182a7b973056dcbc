using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Epub.Books;
using Publisher.Templating;
using Publisher.Templating.Views;

namespace Publisher.Epub.Chapters;

/// <summary>Renders <c>epub/article.xhtml.sbn</c>: the article inside a chapter, with links written by <c>href</c>.</summary>
internal static class ArticleTemplate
{
    public static string Render(TemplateRenderer renderer, Corpus corpus, Article article, Func<Uri, string> href, Labels labels) =>
        Render(renderer, new ArticleViews(corpus, href), article, labels);

    /// <summary>Renders with views made by <paramref name="views"/> (one for all articles whose links are written alike: it shares their tag views).</summary>
    public static string Render(TemplateRenderer renderer, ArticleViews views, Article article, Labels labels) =>
        renderer.Render(EpubTemplates.Article, new Dictionary<string, object?>
        {
            ["article"] = views.Create(article),
            ["labels"] = labels,
        });

    /// <summary>Every link the article's text writes: absolute, as written (<see cref="Uri.AbsoluteUri"/>).</summary>
    public static string Absolute(Uri url) => url.AbsoluteUri;
}
