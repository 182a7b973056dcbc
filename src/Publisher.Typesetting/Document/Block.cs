namespace Publisher.Typesetting.Document;

/// <summary>
/// What every block may carry besides its content: an anchor id (target of internal links and
/// named destination), a class (selects a paragraph style), a language (hyphenation), an outline
/// entry, a section name (for the running header), the ids of inline elements inside it (a
/// note reference's &lt;a id&gt;: anchors at the block's top, as links land on a block, not a line) and the direction
/// its text runs in (HTML's <c>dir</c>; null: the enclosing block's, else left to right) and the articles and sections
/// it stands in, outermost first (the tagged PDF's structure elements above it; null: none).
/// </summary>
public sealed record BlockAttributes(
    string? Id = null,
    string? ClassName = null,
    string? Language = null,
    Bookmark? Bookmark = null,
    string? Section = null,
    IReadOnlyList<string>? InlineIds = null,
    TextDirection? Direction = null,
    IReadOnlyList<StructureGroup>? Groups = null)
{
    public static BlockAttributes None { get; } = new();

    /// <summary>
    /// These attributes with an enclosing element's (a div's, an li's, a quote's) given to this, its first block:
    /// this block's own win, but the enclosing id stays an anchor (at the same place) when this block has one too.
    /// </summary>
    public BlockAttributes Inside(BlockAttributes outer)
    {
        List<string> ids = [.. InlineIds ?? [], .. outer.InlineIds ?? []];
        if (Id is not null && outer.Id is { } outerId && outerId != Id) ids.Add(outerId);
        return new(
            Id ?? outer.Id,
            ClassName ?? outer.ClassName,
            Language ?? outer.Language,
            Bookmark ?? outer.Bookmark,
            Section ?? outer.Section,
            ids.Count == 0 ? null : ids,
            Direction ?? outer.Direction,
            Groups ?? outer.Groups);
    }
}

/// <summary>An entry in the PDF outline; level 1 is the top.</summary>
public sealed record Bookmark(string Title, int Level);

public abstract record Block
{
    public BlockAttributes Attributes { get; init; } = BlockAttributes.None;
}

public sealed record Paragraph(IReadOnlyList<Inline> Content) : Block;

public sealed record Heading(int Level, IReadOnlyList<Inline> Content) : Block;

public sealed record BlockQuote(IReadOnlyList<Block> Children) : Block;

public sealed record ListBlock(bool Ordered, IReadOnlyList<ListItem> Items) : Block
{
    /// <summary>The number of an ordered list's first item (&lt;ol start&gt;).</summary>
    public int Start { get; init; } = 1;
}

public sealed record ListItem(IReadOnlyList<Block> Children)
{
    /// <summary>
    /// The item's own marker in place of the list's bullet or number: the ballot box (☐ ☑ ☒) its text started with, a
    /// task list's; null for the list's.
    /// </summary>
    public string? Marker { get; init; }
}

/// <summary>
/// Preformatted text (&lt;pre&gt;): its runs keep their white space as written, and each '\n' (or a
/// <see cref="HardBreak"/>) ends a line. Set in the monospaced family, never justified or hyphenated;
/// a line wider than the column wraps onto indented continuation lines.
/// </summary>
public sealed record Preformatted(IReadOnlyList<Inline> Content) : Block;

/// <summary>Starts a new page (unless the current one is still empty).</summary>
public sealed record PageBreak : Block;

/// <summary>Vertical space in points; dropped at the top of a column.</summary>
public sealed record Spacer(double Height) : Block;

/// <summary>
/// A thematic break (&lt;hr/&gt;): a change of scene or topic inside a text, set as a small centred mark
/// (<see cref="Styling.TypesettingStyle.ThematicBreakMark"/>) with space around it. Unlike blank space, the mark
/// still shows the break where it falls at a page's foot or head.
/// </summary>
public sealed record ThematicBreak : Block;

/// <summary>
/// A table of contents: each entry is set with dot leaders and the page number on which its
/// target anchor landed (known from the first layout pass). Entries link to their targets.
/// </summary>
public sealed record TableOfContents(IReadOnlyList<TocEntry> Entries) : Block;

public sealed record TocEntry(string Text, string TargetId, int Level)
{
    /// <summary>
    /// The title as runs, where parts of it are set in another face (<see cref="Fonts.PrintableText"/> puts the
    /// characters its faces lack in fallback runs); null: <see cref="Text"/> is one run.
    /// </summary>
    public IReadOnlyList<TextRun>? Runs { get; init; }
}
