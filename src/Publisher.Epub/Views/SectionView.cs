using Publisher.Templating;
using Scriban.Runtime;

namespace Publisher.Epub.Views;

/// <summary>A section for the contents page and the navigation: its anchor in the contents page, title and entries.</summary>
public sealed record SectionView(string Anchor, string Title, IReadOnlyList<EntryView> Entries) : ITemplateView
{
    private static readonly IObjectAccessor Members = new ViewAccessor<SectionView>()
        .With(nameof(Anchor), v => v.Anchor)
        .With(nameof(Title), v => v.Title)
        .With(nameof(Entries), v => v.Entries);

    IObjectAccessor ITemplateView.Accessor => Members;
}
