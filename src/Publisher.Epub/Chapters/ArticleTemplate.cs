using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Epub.Books;
using Publisher.Epub.Container;
using Publisher.Templating;
using Publisher.Templating.Views;

namespace Publisher.Epub.Chapters;

/// <summary>Renders <c>epub/article.xhtml.sbn</c>: the article inside a chapter, with links written by <c>href</c>.</summary>
internal static class ArticleTemplate
{
    public static string Render(TemplateRenderer renderer, Corpus corpus, Article article, Func<Uri, string> href, Labels labels) =>
        Render(renderer, Views(corpus, href), article, labels);

    /// <summary>Views for a book's chapters: links written by <paramref name="href"/>, notes marked for pop-ups (<see cref="NoteLinks.Epub"/>).</summary>
    public static ArticleViews Views(Corpus corpus, Func<Uri, string> href) => new(corpus, href, NoteLinks.Epub);

    /// <summary>Renders with views made by <paramref name="views"/> (one for all articles whose links are written alike: it shares their tag views).</summary>
    public static string Render(TemplateRenderer renderer, ArticleViews views, Article article, Labels labels) =>
        renderer.Render(EpubTemplates.Article, Globals(views, article, labels));

    /// <summary>
    /// The rendered article deflated at <see cref="CompressionLevels.Text"/>, straight from the template's output
    /// buffer: no string of the page is made.
    /// </summary>
    public static DeflatedPiece Deflate(TemplateRenderer renderer, ArticleViews views, Article article, Labels labels) =>
        Deflate(renderer, views.Create(article), labels);

    /// <summary>As <see cref="Deflate(TemplateRenderer, ArticleViews, Article, Labels)"/>, for a view made already.</summary>
    public static DeflatedPiece Deflate(TemplateRenderer renderer, ArticleView article, Labels labels) =>
        renderer.Render(EpubTemplates.Article, Globals(article, labels), static html => TextPieces.Deflate(html, CompressionLevels.Text));

    private static Dictionary<string, object?> Globals(ArticleViews views, Article article, Labels labels) => Globals(views.Create(article), labels);

    private static Dictionary<string, object?> Globals(ArticleView article, Labels labels) => new()
    {
        ["article"] = article,
        ["labels"] = labels,
    };

    /// <summary>Every link the article's text writes: absolute, as written (<see cref="Uri.AbsoluteUri"/>).</summary>
    public static string Absolute(Uri url) => url.AbsoluteUri;
}
