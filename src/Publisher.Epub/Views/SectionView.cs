namespace Publisher.Epub.Views;

/// <summary>A section for the contents page and the navigation: its anchor in the contents page, title and entries.</summary>
public sealed record SectionView(string Anchor, string Title, IReadOnlyList<EntryView> Entries);
