using Publisher.Core.Model;
using Publisher.Epub.Chapters;
using Publisher.Templating;

namespace Publisher.Epub.Books;

/// <summary>
/// The pictures a book holds: the files its chapters show, each once however many articles show it, in the order the
/// book first shows them. A remote picture is shown by its alt text and caption, as one whose file the build could not
/// use: a book that named a remote resource would need the <c>remote-resources</c> property, and its reader a network,
/// to show it. Such a picture is text, so the book does not hold it.
/// </summary>
/// <param name="Files">The files, in the order the book first shows them.</param>
public sealed record BookPictures(IReadOnlyList<PictureFile> Files)
{
    /// <param name="articles">The book's articles in reading order.</param>
    public static BookPictures Of(IReadOnlyList<Article> articles, PictureFiles files) => new(files.Of(articles));

    /// <summary>
    /// How a chapter shows <paramref name="picture"/>: its file in the book, with its size; null where the book does not
    /// hold it (remote, or its file could not be used), so the chapter shows its alt text and caption.
    /// </summary>
    public static PictureLink? Link(PictureFiles files, Picture picture) =>
        files.Find(picture) is { } file ? new PictureLink(ChapterFiles.Of(file), file.Width, file.Height) : null;
}
