using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Layout;

/// <summary>
/// A block laid out for a column width, ready to be paginated: measured without side effects,
/// then drawn slice by slice (a slice is a range of its lines).
/// </summary>
public abstract record Flowable
{
    public BlockAttributes Attributes { get; init; } = BlockAttributes.None;

    /// <summary>
    /// The structure element the flowable's text belongs to in a tagged PDF (a table's cells and a list item's marker
    /// have their own); null: its text is an artifact.
    /// </summary>
    public StructureNode? Node { get; init; }

    /// <summary>Must stand in the same column as the start of the next flowable.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>
    /// Must not start a column while the flowable before it ends the one before: the break moves up, taking the last
    /// lines of the flowable before along (all of it when it cannot be split). A list's short last and first items.
    /// See <see cref="Paginator"/>.
    /// </summary>
    public bool KeepWithPrevious { get; init; }

    public abstract int LineCount { get; }

    /// <summary>How much of the flowable, from <paramref name="fromLine"/>, fits in <paramref name="availableHeight"/>.</summary>
    public abstract SpacePlan Measure(int fromLine, double availableHeight, bool atColumnTop);

    /// <summary>Draws lines [fromLine, toLine) with the slice's top at (x, y).</summary>
    public abstract void Draw(IPageCanvas canvas, double x, double y, int fromLine, int toLine, bool atColumnTop);

    /// <summary>
    /// Anchors inside the slice [fromLine, toLine) beyond the flowable's own attributes (ids in a table's rows),
    /// each with its offset from the slice's top; the paginator keeps an id's first placement.
    /// </summary>
    public virtual IEnumerable<(string Id, double Offset)> AnchorsIn(int fromLine, int toLine, bool atColumnTop) => [];

    /// <summary>Text of the lines, for tests and diagnostics.</summary>
    public virtual IEnumerable<string> LineTexts => [];
}
