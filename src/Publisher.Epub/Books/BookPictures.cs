using Publisher.Core.Model;
using Publisher.Epub.Chapters;
using Publisher.Templating;

namespace Publisher.Epub.Books;

/// <summary>
/// The pictures a book holds: the files its chapters show, each once however many articles show it, in the order the
/// book first shows them; and whether every picture it shows as an image has a text alternative, which its package's
/// accessibility metadata states. A remote picture is shown by its alt text and caption, as one whose file the build
/// could not use: a book that named a remote resource would need the <c>remote-resources</c> property, and its reader a
/// network, to show it. Such a picture is text, so it counts neither as held nor as undescribed.
/// </summary>
/// <param name="Files">The files, in the order the book first shows them.</param>
/// <param name="AllDescribed">Whether every picture shown as an image has non-empty alt text (true for a book without pictures).</param>
public sealed record BookPictures(IReadOnlyList<PictureFile> Files, bool AllDescribed)
{
    public static BookPictures None { get; } = new([], AllDescribed: true);

    /// <param name="articles">The book's articles in reading order.</param>
    public static BookPictures Of(IReadOnlyList<Article> articles, PictureFiles files)
    {
        var held = files.Of(articles);
        if (held.Count == 0) return None;
        var described = articles.SelectMany(a => Pictures.In(a.Body)).All(p => files.Find(p) is null || !string.IsNullOrWhiteSpace(p.Alt));
        return new BookPictures(held, described);
    }

    /// <summary>
    /// How a chapter shows <paramref name="picture"/>: its file in the book, with its size; null where the book does not
    /// hold it (remote, or its file could not be used), so the chapter shows its alt text and caption.
    /// </summary>
    public static PictureLink? Link(PictureFiles files, Picture picture) => PictureLink.ToFile(files, picture, ChapterFiles.Of);
}
