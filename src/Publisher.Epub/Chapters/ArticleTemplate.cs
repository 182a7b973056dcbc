using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Wording;
using Publisher.Epub.Books;
using Publisher.Epub.Container;
using Publisher.Templating;
using Publisher.Templating.Views;

namespace Publisher.Epub.Chapters;

/// <summary>Renders <c>epub/article.xhtml.sbn</c>: the article inside a chapter, with links written by <c>href</c>.</summary>
internal static class ArticleTemplate
{
    public static string Render(TemplateRenderer renderer, Corpus corpus, Article article, Func<Uri, string> href) =>
        Render(renderer, Views(corpus, href), article);

    /// <summary>
    /// Views for a book's chapters: links written by <paramref name="href"/>, notes marked for pop-ups (<see cref="NoteLinks.Epub"/>),
    /// pictures shown from the book's own copy of their files (<see cref="BookPictures.Link"/>), the same in every book.
    /// </summary>
    public static ArticleViews Views(Corpus corpus, Func<Uri, string> href) =>
        new(corpus, href, NoteLinks.Epub, pictures: picture => BookPictures.Link(corpus.Pictures, picture));

    /// <summary>Renders with views made by <paramref name="views"/> (one for all articles whose links are written alike: it shares their tag views).</summary>
    public static string Render(TemplateRenderer renderer, ArticleViews views, Article article) =>
        renderer.Render(EpubTemplates.Article, Globals(views, article));

    /// <summary>
    /// The rendered article deflated at <see cref="CompressionLevels.Text"/>, straight from the template's output
    /// buffer: no string of the page is made.
    /// </summary>
    public static DeflatedPiece Deflate(TemplateRenderer renderer, ArticleViews views, Article article) =>
        Deflate(renderer, views.Create(article));

    /// <summary>As <see cref="Deflate(TemplateRenderer, ArticleViews, Article)"/>, for a view made already.</summary>
    public static DeflatedPiece Deflate(TemplateRenderer renderer, ArticleView article) =>
        renderer.Render(EpubTemplates.Article, Globals(article), static html => TextPieces.Deflate(html, CompressionLevels.Text));

    private static Dictionary<string, object?> Globals(ArticleViews views, Article article) => Globals(views.Create(article));

    private static Dictionary<string, object?> Globals(ArticleView article) => new()
    {
        ["article"] = article,
        ["labels"] = Labels.From(Words.For(article.Language)), // article.words under their old names, for sites' overrides
    };

    /// <summary>Every link the article's text writes: absolute, as written (<see cref="Uri.AbsoluteUri"/>).</summary>
    public static string Absolute(Uri url) => url.AbsoluteUri;
}
