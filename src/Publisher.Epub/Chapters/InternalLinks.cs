using Publisher.Core.Model;
using Publisher.Templating;

namespace Publisher.Epub.Chapters;

/// <summary>
/// How a book writes a link: a link to an article in the same book becomes its chapter file, with the link's fragment
/// when it names one of the chapter's subheads (<c>a-other.xhtml#the-setup</c>, <see cref="HeadingIds.FromFragment"/>)
/// and without it (and without a query) otherwise, since the chapter defines no other target; every other link stays
/// absolute.
/// </summary>
public sealed class InternalLinks
{
    private readonly Dictionary<string, (string File, Article Article)> _chapterByUrl = new(StringComparer.Ordinal);
    private readonly ArticlePages _pages;

    internal InternalLinks(IEnumerable<Article> articles, ArticlePages pages)
    {
        _pages = pages;
        foreach (var article in articles) _chapterByUrl[pages.Of(article)] = (ChapterFiles.Of(article), article);
    }

    /// <summary>The chapter file of the article page at <paramref name="page"/> (a URL up to its path), or null when the book does not hold it.</summary>
    public string? ChapterOf(string page) => _chapterByUrl.TryGetValue(page, out var chapter) ? chapter.File : null;

    /// <summary>The article of the chapter at <paramref name="page"/> (a URL up to its path), or null when the book does not hold it.</summary>
    public Article? ArticleOf(string page) => _chapterByUrl.TryGetValue(page, out var chapter) ? chapter.Article : null;

    public string Href(Uri url)
    {
        if (!url.IsAbsoluteUri || !_chapterByUrl.TryGetValue(url.GetLeftPart(UriPartial.Path), out var chapter)) return url.AbsoluteUri;
        if (url.Fragment.Length <= 1) return chapter.File;
        var id = HeadingIds.FromFragment(url.Fragment);
        return _pages.HeadingsOf(chapter.Article).Contains(id) ? $"{chapter.File}#{id}" : chapter.File;
    }
}
