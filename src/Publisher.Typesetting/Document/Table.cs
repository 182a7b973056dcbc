namespace Publisher.Typesetting.Document;

/// <summary>
/// A table: <see cref="Header"/> rows are drawn again at the top of every page or column the table
/// continues on; <see cref="Body"/> rows (footer rows at their end) are never split, nor are rows a
/// cell spans. Cells are placed as HTML places them: a cell spanning rows holds its columns in the
/// rows below, which list only their own cells. Rows may have fewer cells than the widest row; the
/// missing ones are empty.
/// </summary>
public sealed record Table(IReadOnlyList<TableRow> Header, IReadOnlyList<TableRow> Body) : Block;

/// <summary>
/// A row; <paramref name="Ids"/> are the ids of the row, its cells and the elements in them: anchors at the row's
/// top where it is first drawn (a link lands on a row, not a line).
/// </summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, IReadOnlyList<string>? Ids = null);

/// <summary>
/// A cell's inline content. <paramref name="IsHeader"/> sets it bold (&lt;th&gt;);
/// <paramref name="ClassName"/> selects paragraph styles like a block's class ("right", "center").
/// It spans <paramref name="ColumnSpan"/> columns and <paramref name="RowSpan"/> rows (0: to the end
/// of the header or the body); spans that would run into another cell or out of the table are cut.
/// </summary>
public sealed record TableCell(IReadOnlyList<Inline> Content, bool IsHeader = false, string? ClassName = null, int ColumnSpan = 1, int RowSpan = 1);
