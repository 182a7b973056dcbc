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
        // The page is read as a span: only its two stored pieces are kept, not the page as a string.
        var around = renderer.Render(EpubTemplates.Chapter, Globals(book, chapter, Marker), static page =>
        {
            var at = page.IndexOf(Marker, StringComparison.Ordinal);
            if (at < 0 || page[(at + Marker.Length)..].IndexOf(Marker, StringComparison.Ordinal) >= 0) return null;
            return new[]
            {
                TextPieces.Deflate(page[..at], CompressionLevels.Stored),
                TextPieces.Deflate(page[(at + Marker.Length)..], CompressionLevels.Stored),
            };
        });
        if (around is [var before, var after]) return [before, articles.Piece(article, links, labels), after];
        return [TextPieces.Deflate(Render(book, chapter, articles.Html(article, links, labels)), CompressionLevels.Text)];
    }

    private string Render(BookView book, ChapterView chapter, string articleHtml) =>
        renderer.Render(EpubTemplates.Chapter, Globals(book, chapter, articleHtml));

    private static Dictionary<string, object?> Globals(BookView book, ChapterView chapter, string articleHtml) => new()
    {
        ["book"] = book,
        ["article_html"] = articleHtml,
        ["chapter"] = chapter,
    };
}
