using Publisher.Core.Model;

namespace Publisher.Epub.Chapters;

/// <summary>
/// How a book writes a link: a link to an article in the same book becomes its chapter file (without query or
/// fragment, which the chapter does not define); every other link stays absolute.
/// </summary>
public sealed class InternalLinks
{
    private readonly Dictionary<string, string> _chapterByUrl = new(StringComparer.Ordinal);

    internal InternalLinks(IEnumerable<Article> articles, ArticlePages pages)
    {
        foreach (var article in articles) _chapterByUrl[pages.Of(article)] = ChapterFiles.Of(article);
    }

    /// <summary>The chapter file of the article page at <paramref name="page"/> (a URL up to its path), or null when the book does not hold it.</summary>
    public string? ChapterOf(string page) => _chapterByUrl.GetValueOrDefault(page);

    public string Href(Uri url) =>
        url.IsAbsoluteUri && _chapterByUrl.TryGetValue(url.GetLeftPart(UriPartial.Path), out var file) ? file : url.AbsoluteUri;
}
