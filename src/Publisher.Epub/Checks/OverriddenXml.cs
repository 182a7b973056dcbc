using Publisher.Templating;

namespace Publisher.Epub.Checks;

/// <summary>
/// The book's XML documents made from templates the site overrode, which are checked for well-formedness before they
/// go into the book: a strict reader refuses a book with a page that is not (an HTML habit such as <c>&lt;br&gt;</c>),
/// and it fails the book as a template error does. Shipped templates are not checked at run time (the tests check
/// their books with epubcheck), so a site without overrides pays nothing.
/// </summary>
internal sealed class OverriddenXml
{
    public const string Problem = "renders XHTML that is not well-formed";

    private readonly TemplateSet _templates;
    private readonly IReadOnlyList<string> _chapterOverrides;
    private readonly HashSet<string> _pageOverrides;

    public OverriddenXml(TemplateSet templates)
    {
        _templates = templates;
        // A chapter holds the article's template, and through it the shared article body.
        _chapterOverrides = [.. new[] { EpubTemplates.Chapter, EpubTemplates.Article, EpubTemplates.ArticleBody }.Where(templates.IsOverridden)];
        _pageOverrides = [.. new[] { EpubTemplates.Nav, EpubTemplates.CoverPage, EpubTemplates.Contents, EpubTemplates.CoverImage }.Where(templates.IsOverridden)];
    }

    /// <summary>Whether chapters are checked: the chapter, article or article body template is overridden.</summary>
    public bool Chapters => _chapterOverrides.Count > 0;

    /// <summary>Whether the document rendered from <paramref name="template"/> (the navigation, cover page, contents or cover image) is checked.</summary>
    public bool Checks(string template) => _pageOverrides.Contains(template);

    /// <summary>Any document at all is checked.</summary>
    public bool Any => Chapters || _pageOverrides.Count > 0;

    /// <summary>Checks a chapter page; a page that is not well-formed fails the book, blamed on the overridden templates.</summary>
    /// <exception cref="TemplateError">The page is not well-formed.</exception>
    public void CheckChapter(string text, string file) => Check(_chapterOverrides, text, file);

    /// <exception cref="TemplateError">The document is not well-formed.</exception>
    public void Check(string template, string text, string file) => Check([template], text, file);

    private void Check(IReadOnlyList<string> overridden, string text, string file)
    {
        if (WellFormedXml.Problem(text) is not { } problem) return;
        var also = overridden.Count > 1 ? $" (with the overridden {string.Join(", ", overridden.Skip(1))})" : "";
        throw new TemplateError(_templates.ShownPathOf(overridden[0]), Problem + also, $"{file}: {problem}");
    }
}
