using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Layout;

/// <summary>A slice of a flowable placed on a page: lines [FromLine, ToLine) with its top at (X, Y).</summary>
public sealed record Placement(int Flow, int FromLine, int ToLine, double X, double Y, double Width, bool AtColumnTop);

/// <summary>Where an anchor landed: 1-based page number and the y of its top on that page.</summary>
public readonly record struct AnchorPosition(int Page, double Y);

public sealed record BookmarkPlacement(Bookmark Bookmark, AnchorPosition Position);

public sealed class PageContent
{
    public List<Placement> Placements { get; } = [];

    /// <summary>The section in effect on this page: the first one starting here, else the one carried over.</summary>
    public string? Section { get; set; }

    public bool SectionStartsHere { get; set; }
}

/// <summary>The paginator's result: pages with placements, anchors, bookmarks and its decisions.</summary>
public sealed class PagePlan
{
    public List<PageContent> Pages { get; } = [];
    public Dictionary<string, AnchorPosition> Anchors { get; } = new(StringComparer.Ordinal);
    public List<BookmarkPlacement> Bookmarks { get; } = [];

    /// <summary>Why the paginator moved on ("flow 12 to next column: kept together…"), for tests and debugging.</summary>
    public List<string> Decisions { get; } = [];

    public int PageCount => Pages.Count;

    public IReadOnlyDictionary<string, int> AnchorPages =>
        Anchors.ToDictionary(pair => pair.Key, pair => pair.Value.Page, StringComparer.Ordinal);
}
