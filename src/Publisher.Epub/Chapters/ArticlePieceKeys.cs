using Publisher.Core.Model;
using Publisher.Epub.Container;

namespace Publisher.Epub.Chapters;

/// <summary>
/// Keys for an article's stored chapter content. What the code, the site settings and the templates contribute
/// is the store's business (it holds pieces of one such combination only); the key covers the rest of what
/// <c>epub/article.xhtml.sbn</c> is rendered from: the article's source (id, slug, path, content hash; the parse
/// is a function of these, the parser code and the site; the hash also covers where links to other content files lead;
/// the words around the article are the code's, in the article's language), its tags as this build names and slugs them,
/// the file each of its pictures shows (its name, the bytes' hash, and its size; none where the build could not use it),
/// since the source names a path whose file can change without the article changing, and, for a variant, where its
/// links into the book lead (the chapter files, and the content hashes of their articles, whose subheads a link's
/// fragment may name).
/// </summary>
internal static class ArticlePieceKeys
{
    /// <summary>The content with every link absolute, stored with the article's site links.</summary>
    /// <remarks>A build without picture files, or an article without pictures, adds nothing for pictures, so the article's
    /// body is not read (decoded).</remarks>
    public static PieceKey Base(Article article, IReadOnlyList<Tag> tags, PictureFiles pictures)
    {
        using var key = new PieceKeyBuilder();
        key.Add("epub/article").Add(article.Id.ToString()).Add(article.Slug.Value)
            .Add(article.Source.RelativePath).Add(article.Source.ContentHash).Add(tags.Count);
        foreach (var tag in tags) key.Add(tag.Name).Add(tag.Slug.Value);
        if (pictures.Count > 0 && article.ShowsPictures)
        {
            foreach (var picture in Pictures.In(article.Body))
            {
                var file = pictures.Find(picture);
                key.Add(file?.FileName ?? "").Add(file?.Width ?? 0).Add(file?.Height ?? 0);
            }
        }
        return key.Finish();
    }

    /// <summary>
    /// The content for a book that holds some of the articles it links to: <paramref name="chapters"/> maps those links to
    /// chapter files, each followed by its article's content hash.
    /// </summary>
    public static PieceKey Variant(PieceKey baseKey, IReadOnlyList<(string Page, string Chapter)> chapters)
    {
        using var key = new PieceKeyBuilder();
        key.Add("epub/article-in-book").Add(baseKey).Add(chapters.Count);
        foreach (var (page, chapter) in chapters) key.Add(page).Add(chapter);
        return key.Finish();
    }

    /// <summary>The base content's slot: one per article.</summary>
    public static PieceSlot BaseSlot(Article article) => new(Owner(article), 0);

    /// <summary>A variant's slot: one per article and set of links into the book, whatever the article says.</summary>
    public static PieceSlot VariantSlot(Article article, IReadOnlyList<(string Page, string Chapter)> chapters)
    {
        using var key = new PieceKeyBuilder();
        foreach (var (page, chapter) in chapters) key.Add(page).Add(chapter);
        return new PieceSlot(Owner(article), key.Finish().A | 1);
    }

    private static ulong Owner(Article article) => PieceSlot.ArticleOf(article.Id);
}
