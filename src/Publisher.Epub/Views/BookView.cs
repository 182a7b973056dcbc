using Publisher.Core.Model;
using Publisher.Epub.Books;
using Publisher.Templating;
using Publisher.Templating.Views;
using Scriban.Runtime;

namespace Publisher.Epub.Views;

/// <summary>
/// The book as templates see it: <c>book.title</c>, <c>book.sections</c>, <c>book.words.contents</c> (the book's words, in
/// its language), …; <c>book.labels</c> are the same words under the names templates used before <c>book.words</c>, kept
/// for sites' overrides. <c>book.title_html</c> is the title as HTML: where English words stand in for the book's
/// language, the week in it is marked as English (<c>lang="en"</c>), so a screen reader does not read it in Arabic.
/// </summary>
public sealed record BookView(
    string Title, string TitleHtml, string Language, string Identifier, SiteView Site, WordsView Words, Labels Labels, IReadOnlyList<SectionView> Sections,
    CoverView Cover) : ITemplateView
{
    private static readonly IObjectAccessor Members = new ViewAccessor<BookView>()
        .With(nameof(Title), v => v.Title)
        .With(nameof(TitleHtml), v => v.TitleHtml)
        .With(nameof(Language), v => v.Language)
        .With(nameof(Direction), v => v.Direction)
        .With(nameof(Identifier), v => v.Identifier)
        .With(nameof(Site), v => v.Site)
        .With(nameof(Words), v => v.Words)
        .With(nameof(Labels), v => v.Labels)
        .With(nameof(Sections), v => v.Sections)
        .With(nameof(Cover), v => v.Cover);

    IObjectAccessor ITemplateView.Accessor => Members;

    /// <summary>Which way the book's language runs: <c>ltr</c> or <c>rtl</c>, for HTML's <c>dir</c>.</summary>
    public string Direction => LanguageTag.Direction(Language);

    public static BookView From(EpubBook book, Site site, CoverView cover)
    {
        var words = WordsView.Of(book.Words);
        return new(
            book.Title,
            HtmlTitleOf(book, words),
            book.Language,
            BookIdentity.Urn(book.Identifier),
            SiteView.From(site),
            words,
            Labels.From(book.Words),
            [.. book.Sections.Select(s => new SectionView(s.Anchor, s.Title, [.. s.Articles.Select(a => EntryView.From(a, book.Language, s.Title))], s.InBookWords ? words.Marked : ""))],
            cover);
    }

    private static string HtmlTitleOf(EpubBook book, WordsView words) =>
        book.HeadingInBookWords && words.Marked.Length > 0
            ? $"{Markup.Escape(book.Cover.Masthead)} – <span{words.Marked}>{Markup.Escape(book.Cover.Heading)}</span>"
            : Markup.Escape(book.Title);
}
