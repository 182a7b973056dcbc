using Publisher.Templating;
using Scriban.Runtime;

namespace Publisher.Epub.Views;

/// <summary>
/// A section for the contents page and the navigation: its anchor in the contents page, title and entries, and the
/// attributes an element holding its title needs (<c>marked</c>: <see cref="WordsView.Marked"/> where the title is the
/// book's words, else none).
/// </summary>
public sealed record SectionView(string Anchor, string Title, IReadOnlyList<EntryView> Entries, string Marked) : ITemplateView
{
    private static readonly IObjectAccessor Members = new ViewAccessor<SectionView>()
        .With(nameof(Anchor), v => v.Anchor)
        .With(nameof(Title), v => v.Title)
        .With(nameof(Entries), v => v.Entries)
        .With(nameof(Marked), v => v.Marked);

    IObjectAccessor ITemplateView.Accessor => Members;
}
