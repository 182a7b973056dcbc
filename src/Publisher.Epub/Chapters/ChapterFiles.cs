using Publisher.Core.Model;

namespace Publisher.Epub.Chapters;

/// <summary>
/// File names inside a book. Everything sits in one folder, so links between pages are plain file names.
/// Chapters are <c>a-{slug}.xhtml</c>: slugs are unique in a build and the prefix keeps them apart from the fixed files.
/// </summary>
public static class ChapterFiles
{
    public const string Folder = "EPUB";
    public const string Package = "package.opf";
    public const string Nav = "nav.xhtml";
    public const string Ncx = "toc.ncx";
    public const string Style = "style.css";
    public const string CoverImage = "cover.png";
    public const string CoverPage = "cover.xhtml";
    public const string Contents = "contents.xhtml";

    public static string Of(Article article) => $"a-{article.Slug.Value}.xhtml";

    /// <summary>The manifest id of a chapter (an XML name: it must not start with a digit).</summary>
    public static string IdOf(Article article) => $"a-{article.Slug.Value}";
}
