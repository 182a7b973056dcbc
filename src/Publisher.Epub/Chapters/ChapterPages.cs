using Publisher.Core.Model;
using Publisher.Epub.Books;
using Publisher.Epub.Container;
using Publisher.Epub.Views;
using Publisher.Templating;

namespace Publisher.Epub.Chapters;

/// <summary>
/// A chapter page as deflated pieces: the chapter template (<c>epub/chapter.xhtml.sbn</c>) is rendered with a marker
/// where <c>article_html</c> goes, and the article's own piece, deflated once per article, is placed between what
/// comes before and after it. A template that does anything else with <c>article_html</c> than print it once
/// gets it as text, rendered for this chapter.
/// </summary>
/// <remarks>
/// The page around the article (head, section line, pager) is rendered for every chapter, also in an incremental
/// build: keeping it in the piece pack cost more than rendering it (a key, a read and a decode against about 20 µs
/// of template; two thirds of the pack's bytes), measured on 10,000 articles.
/// </remarks>
internal sealed class ChapterPages(TemplateRenderer renderer, IArticlePieces articles)
{
    private const string Marker = "\u0000article_html\u0000";

    public IReadOnlyList<DeflatedPiece> Render(BookView book, ChapterView chapter, Article article, InternalLinks links, Labels labels)
    {
        var page = Render(book, chapter, Marker);
        var at = page.IndexOf(Marker, StringComparison.Ordinal);
        if (at >= 0 && page.IndexOf(Marker, at + Marker.Length, StringComparison.Ordinal) < 0)
        {
            var before = TextPieces.Deflate(page.AsSpan(0, at), CompressionLevels.Stored);
            var after = TextPieces.Deflate(page.AsSpan(at + Marker.Length), CompressionLevels.Stored);
            return [before, articles.Piece(article, links, labels), after];
        }
        return [TextPieces.Deflate(Render(book, chapter, articles.Html(article, links, labels)), CompressionLevels.Text)];
    }

    private string Render(BookView book, ChapterView chapter, string articleHtml) =>
        renderer.Render(EpubTemplates.Chapter, new Dictionary<string, object?>
        {
            ["book"] = book,
            ["article_html"] = articleHtml,
            ["chapter"] = chapter,
        });
}
