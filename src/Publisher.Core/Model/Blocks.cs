using System.Collections.Immutable;

namespace Publisher.Core.Model;

/// <summary>A block of article body. Renderers switch over the closed set of records below.</summary>
public abstract record Block;

public sealed record Paragraph(ImmutableArray<Inline> Inlines) : Block;

/// <summary>
/// A heading inside the body, with its inline content (emphasis, links, code, note references). <see cref="Level"/> is
/// the level it was written at, 1 to 6 (<c>#</c> to <c>######</c>, <c>&lt;h1&gt;</c> to <c>&lt;h6&gt;</c>; a taz subhead is 2);
/// what each level becomes under an article's headline is the outputs' choice.
/// </summary>
public sealed record Subhead(ImmutableArray<Inline> Inlines, int Level) : Block
{
    /// <summary>The level of a taz subhead, and of a Markdown <c>##</c>: the first level under the headline.</summary>
    public const int DefaultLevel = 2;

    /// <summary>A subhead of plain text at <paramref name="level"/>.</summary>
    public Subhead(string text, int level = DefaultLevel) : this([new TextRun(text)], level)
    {
    }
}

public sealed record Quote(ImmutableArray<Block> Blocks) : Block;

public sealed record ListBlock(bool Ordered, ImmutableArray<ListItem> Items) : Block
{
    /// <summary>The number of an ordered list's first item (Markdown's <c>3.</c>, HTML's <c>&lt;ol start="3"&gt;</c>); 1 unless written.</summary>
    public int Start { get; init; } = 1;
}

public sealed record ListItem(ImmutableArray<Block> Blocks)
{
    /// <summary>Whether the item is a task, open or done (Markdown's <c>- [ ]</c> and <c>- [x]</c>), or none.</summary>
    public TaskMark Task { get; init; }
}

/// <summary>The mark of a task list's item: <see cref="None"/> for an item that is no task.</summary>
public enum TaskMark : byte { None, Open, Done }

/// <summary>
/// A thematic break between parts of the text (Markdown's <c>---</c>, <c>***</c>, <c>___</c>; HTML's &lt;hr&gt;): a change of
/// scene or topic, which the outputs show as a short rule or a mark with space around it.
/// </summary>
public sealed record ThematicBreak : Block;

/// <summary>An image caption placed in the body (the image itself is not part of the input).</summary>
public sealed record Figure(ImageCaption Image) : Block;

/// <summary>
/// A picture the article shows: a Markdown image standing alone in its paragraph (<c>![alt](src "caption")</c>), or
/// raw HTML's <c>&lt;img&gt;</c> or <c>&lt;figure&gt;</c>. <see cref="Source"/> is either a file of the content folder,
/// as <see cref="PictureSource.ContentPath"/> names it, or an absolute <c>http(s)</c> URL. Outputs that cannot show it
/// (the file is missing, or a book cannot hold a remote picture) show <see cref="Alt"/> instead, so no text is lost.
/// </summary>
/// <param name="Source">Where the image is: see <see cref="PictureSource"/>.</param>
/// <param name="Alt">The text alternative (Markdown's alt text, HTML's <c>alt</c>); empty for a decorative picture.</param>
public sealed record Picture(string Source, string Alt) : Block
{
    /// <summary>Shown under the picture (the Markdown image's title, HTML's <c>&lt;figcaption&gt;</c>); empty when it has none.</summary>
    public ImmutableArray<Inline> Caption { get; init; } = [];

    /// <summary>The line of the article file the picture is written on (1-based), for diagnostics about its file.</summary>
    public int Line { get; init; }

    /// <summary>Whether <see cref="Source"/> is an absolute <c>http</c> or <c>https</c> URL rather than a content file.</summary>
    public bool IsRemote => PictureSource.IsRemote(Source);
}

/// <summary>
/// Text whose lines and spaces are part of it (a code block): lines joined by <c>\n</c>, tabs already expanded,
/// no blank lines at either end.
/// </summary>
public sealed record Preformatted(string Text) : Block;

/// <summary>
/// A table of rows of cells; the first <see cref="HeaderRows"/> rows head the columns. <see cref="Alignments"/> says,
/// column by column, how the cells are aligned (columns past its end: <see cref="CellAlignment.None"/>). Rows may
/// have different numbers of cells. A cell spanning rows holds its column in the rows below it, which list only
/// their own cells, as in HTML; <see cref="TableGrid"/> says where each cell stands.
/// </summary>
public sealed record Table(ImmutableArray<TableRow> Rows, int HeaderRows, ImmutableArray<CellAlignment> Alignments) : Block
{
    /// <summary>What the table is, shown with it (HTML's &lt;caption&gt;); empty when it has none.</summary>
    public ImmutableArray<Inline> Caption { get; init; } = [];

    /// <summary>How many of the last rows are its footer (HTML's &lt;tfoot&gt;: totals, notes on the figures).</summary>
    public int FooterRows { get; init; }

    public CellAlignment AlignmentOf(int column) =>
        !Alignments.IsDefault && column < Alignments.Length ? Alignments[column] : CellAlignment.None;
}

public sealed record TableRow(ImmutableArray<TableCell> Cells);

/// <summary>
/// A cell: its text, how many columns and rows it spans (at least 1; never past the table's last column, into a
/// column a cell above holds, or out of the header or the body: <see cref="TableGrid.Normalize"/>), and its own
/// alignment (<see cref="CellAlignment.None"/>: its column's).
/// </summary>
public sealed record TableCell(ImmutableArray<Inline> Inlines, int ColumnSpan = 1, int RowSpan = 1, CellAlignment Alignment = CellAlignment.None);

/// <summary>How a column's cells are aligned; <see cref="None"/> leaves it to the output (start of the line).</summary>
public enum CellAlignment : byte { None, Left, Center, Right }

/// <summary>
/// The article's notes (Markdown footnotes), at the end of its body: each with the number its references
/// (<see cref="NoteReference"/>) show, numbered from 1 in the order they are first referenced.
/// </summary>
public sealed record Notes(ImmutableArray<Note> Items) : Block;

public sealed record Note(int Number, ImmutableArray<Block> Blocks);
