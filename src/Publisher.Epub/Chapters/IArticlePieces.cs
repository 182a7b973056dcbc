using Publisher.Core.Model;
using Publisher.Epub.Container;

namespace Publisher.Epub.Chapters;

/// <summary>An article's chapter content (<c>epub/article.xhtml.sbn</c>) for a book: deflated to splice, or as text.</summary>
internal interface IArticlePieces
{
    DeflatedPiece Piece(Article article, InternalLinks links);

    /// <summary>The content as text, for a chapter template that does more with it than print it once.</summary>
    string Html(Article article, InternalLinks links);
}
