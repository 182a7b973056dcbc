using Publisher.Core.Model;
using Publisher.Epub.Checks;
using Publisher.Epub.Container;
using Publisher.Epub.Views;
using Publisher.Templating;

namespace Publisher.Epub.Chapters;

/// <summary>
/// A chapter page as deflated pieces: the chapter template (<c>epub/chapter.xhtml.sbn</c>) is rendered with a marker
/// where <c>article_html</c> goes, and the article's own piece, deflated once per article, is placed between what
/// comes before and after it. A template that does anything else with <c>article_html</c> than print it once
/// gets it as text, rendered for this chapter. Where the site overrode the chapter, article or article body template,
/// the whole page is checked for well-formedness (<see cref="OverriddenXml"/>) before it goes into the book: the
/// article's piece is inflated for it, so it is still rendered once (and kept in the piece pack) as without overrides.
/// </summary>
/// <remarks>
/// The page around the article (head, section line, pager) is rendered for every chapter, also in an incremental
/// build: keeping it in the piece pack cost more than rendering it (a key, a read and a decode against about 20 µs
/// of template; two thirds of the pack's bytes), measured on 10,000 articles.
/// </remarks>
internal sealed class ChapterPages(TemplateRenderer renderer, IArticlePieces articles, OverriddenXml xml)
{
    private const string Marker = "\u0000article_html\u0000";

    /// <summary>Adds the chapter page to <paramref name="archive"/> as <paramref name="path"/>.</summary>
    public void Write(EpubArchive archive, string path, BookView book, ChapterView chapter, Article article, InternalLinks links)
    {
        // The page is read as a span and written around the article's piece as it is: no string, no pieces of it.
        var spliced = renderer.Render(EpubTemplates.Chapter, Globals(book, chapter, Marker), page =>
        {
            var at = page.IndexOf(Marker, StringComparison.Ordinal);
            if (at < 0 || page[(at + Marker.Length)..].IndexOf(Marker, StringComparison.Ordinal) >= 0) return false;
            var piece = articles.Piece(article, links);
            if (xml.Chapters) xml.CheckChapter(string.Concat(page[..at], TextPieces.Inflate(piece), page[(at + Marker.Length)..]), path);
            archive.Add(path, page[..at], piece, page[(at + Marker.Length)..]);
            return true;
        });
        if (spliced) return;
        var whole = Render(book, chapter, articles.Html(article, links));
        if (xml.Chapters) xml.CheckChapter(whole, path);
        archive.Add(path, [TextPieces.Deflate(whole, CompressionLevels.Text)]);
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
