using Publisher.Core.Model;
using Publisher.Epub.Books;
using Publisher.Templating.Views;

namespace Publisher.Epub.Views;

/// <summary>The book as templates see it: <c>book.title</c>, <c>book.sections</c>, <c>book.labels.contents</c>, …</summary>
public sealed record BookView(
    string Title, string Language, string Identifier, SiteView Site, Labels Labels, IReadOnlyList<SectionView> Sections,
    CoverView Cover)
{
    public static BookView From(EpubBook book, Site site, CoverView cover) => new(
        book.Title,
        book.Language,
        BookIdentity.Urn(book.Identifier),
        SiteView.From(site),
        book.Labels,
        [.. book.Sections.Select(s => new SectionView(s.Anchor, s.Title, [.. s.Articles.Select(a => EntryView.From(a, book.Language))]))],
        cover);
}
