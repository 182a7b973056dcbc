using Publisher.Core.Model;

namespace Publisher.Epub.Chapters;

/// <summary>
/// File names inside a book. Every page sits in one folder, so links between pages are plain file names.
/// Chapters are <c>a-{slug}.xhtml</c>: slugs are unique in a build and the prefix keeps them apart from the fixed files.
/// The pictures chapters show sit in <c>pictures/</c> below it, named by their bytes' hash (<see cref="PictureFile.FileName"/>).
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

    /// <summary>Where a picture file is, relative to the package and to every chapter: <c>pictures/3fa2c1d09b7e4a11.jpg</c>.</summary>
    public static string Of(PictureFile picture) => $"pictures/{picture.FileName}";

    /// <summary>
    /// The manifest id of a picture: <c>pic-3fa2c1d09b7e4a11-jpg</c>. The prefix keeps a hash that starts with a digit a valid
    /// XML name; the dot becomes a hyphen so the id is also a plain CSS and fragment name.
    /// </summary>
    public static string IdOf(PictureFile picture) => $"pic-{picture.FileName.Replace('.', '-')}";
}
