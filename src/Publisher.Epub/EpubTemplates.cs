namespace Publisher.Epub;

/// <summary>The templates a book is rendered with (names as the template loader knows them).</summary>
public static class EpubTemplates
{
    public const string Chapter = "epub/chapter.xhtml.sbn";
    public const string Article = "epub/article.xhtml.sbn";
    public const string Contents = "epub/contents.xhtml.sbn";
    public const string Nav = "epub/nav.xhtml.sbn";
    public const string CoverPage = "epub/cover.xhtml.sbn";
    public const string CoverImage = "epub/cover.svg.sbn";
    public const string Style = "epub/style.css";
    public const string ArticleBody = "shared/article-body.sbn";

    public static readonly IReadOnlyList<string> All = [Chapter, Article, Contents, Nav, CoverPage, CoverImage, Style, ArticleBody];
}
