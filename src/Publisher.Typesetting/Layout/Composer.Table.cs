using Publisher.Core.Model;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.LineBreaking;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Layout;

public sealed partial class Composer
{
    private const double TableScale = 0.9;
    private const double TableLineHeight = 1.25;
    private const double CellPaddingX = 4;
    private const double CellPaddingY = 2.5;
    private const double RoundingSlack = 0.01;
    /// <summary>A header taller than this share of a frame is not repeated (it would leave too little room for rows).</summary>
    private const double MaxRepeatedHeaderShare = 1.0 / 3;
    private static readonly TableRule HeaderRule = new(0.6, 0x666666);
    private static readonly TableRule RowRule = new(0.25, 0xB4B4B4);

    /// <summary>A cell where it stands (<see cref="SpanPlacement"/>), its format and, once set, its lines.</summary>
    private sealed class GridCell(TableCell cell, int row, int column, int columns, int rows, ParagraphFormat format)
    {
        public TableCell Cell { get; } = cell;
        public int Row { get; } = row;
        public int Column { get; } = column;
        public int Columns { get; } = columns;
        public int Rows { get; set; } = rows;
        public ParagraphFormat Format { get; set; } = format;
        public List<LineBox> Lines { get; set; } = [];
        /// <summary>The cell's structure element: TH (with its scope) or TD, in its row's TR.</summary>
        public StructureNode? Node { get; init; }
        public int LastRow => Row + Rows - 1;
        public double Height => Lines.Sum(line => line.Height);
    }

    /// <summary>
    /// Sets a table for the frame between the context's indents: cells placed as HTML places them, column widths
    /// from the cells' content (<see cref="TableColumns"/>), every cell ragged (or as its class says) and hyphenated
    /// in the block's language, header cells bold, each row as tall as its tallest cell (a cell spanning rows makes
    /// the last of them taller if it needs to). Rows a cell spans stay together; a row, or rows held together, taller
    /// than a frame are cut into bands (held rows then let go of their spans).
    /// </summary>
    private TableFlow? ComposeTable(Table table, BlockAttributes attributes, Context context)
    {
        TableRow[] rows = [.. table.Header, .. table.Body];
        var tableFormat = ApplyClasses(BaseFormat(context) with
        {
            Size = style.BodySize * TableScale,
            LineHeight = TableLineHeight,
            Alignment = TextAlignment.Left,
            SpaceBefore = style.ParagraphSpacing,
            SpaceAfter = style.ParagraphSpacing * 2,
        }, attributes.ClassName);
        var cells = PlaceCells(rows, table.Header.Count, tableFormat, Element("Table", attributes, context));
        var columns = cells.Count == 0 ? 0 : cells.Max(cell => cell.Column + cell.Columns);
        if (columns == 0) return null;

        var (widths, padding, leading) = FitColumns(cells, columns, tableFormat.Leading, context);
        var columnLeft = new double[columns + 1];
        for (var c = 0; c < columns; c++) columnLeft[c + 1] = columnLeft[c] + widths[c];
        foreach (var cell in cells)
        {
            var width = columnLeft[cell.Column + cell.Columns] - columnLeft[cell.Column] - 2 * padding;
            cell.Lines = cell.Cell.Content.Count == 0 ? [] : ParagraphSetter.Set(cell.Cell.Content, cell.Format, width, style.SmallScale, hyphenation);
        }
        var layout = new TableLayout(cells, rows, columnLeft, padding, leading, table.Header.Count);
        var headerHeight = layout.Height(0, table.Header.Count);
        var repeatHeader = table.Header.Count > 0 && headerHeight <= style.ContentHeight * MaxRepeatedHeaderShare;
        var bandLimit = style.ContentHeight - (repeatHeader ? headerHeight : 0) - 2 * CellPaddingY;

        var header = new List<TableRowBox>();
        var body = new List<TableRowBox>();
        foreach (var (first, last) in layout.Groups())
        {
            var isHeader = first < table.Header.Count;
            if (isHeader && repeatHeader) header.Add(layout.Group(first, last));
            else if (first == last || layout.Height(first, last + 1) - 2 * CellPaddingY <= bandLimit) body.AddRange(layout.Bands(first, last, bandLimit));
            else body.AddRange(layout.LetGo(first, last).SelectMany(row => layout.Bands(row, row, bandLimit)));
        }
        return new TableFlow
        {
            Attributes = attributes,
            Header = header,
            Rows = body,
            Width = columnLeft[columns],
            CellPadding = CellPaddingY,
            SpaceBefore = tableFormat.SpaceBefore,
            SpaceAfter = tableFormat.SpaceAfter,
            // A right-to-left block's table stands at the right margin, as its text does (its columns keep their order).
            IndentLeft = context.RightToLeft ? style.ColumnWidth - context.IndentRight - columnLeft[columns] : context.IndentLeft,
            KeepWithNext = tableFormat.KeepWithNext,
        };
    }

    /// <summary>
    /// The table's cells where they stand, each with its format (the table's, bold for a header cell, then the cell's own
    /// classes) and its structure element: a header row's th heads its column, a th in a body row its row.
    /// </summary>
    private List<GridCell> PlaceCells(TableRow[] rows, int headerCount, ParagraphFormat tableFormat, StructureNode tableNode)
    {
        var (starts, spans) = SpanPlacement.Place([.. rows.Select(row => row.Cells.Select(cell => (cell.ColumnSpan, cell.RowSpan)).ToArray())], headerCount);
        var cells = new List<GridCell>();
        for (var r = 0; r < rows.Length; r++)
        {
            var rowNode = new StructureNode("TR", tableNode);
            for (var i = 0; i < rows[r].Cells.Count; i++)
            {
                var cell = rows[r].Cells[i];
                var format = ApplyClasses(tableFormat with { Bold = tableFormat.Bold || cell.IsHeader }, cell.ClassName);
                var node = cell.IsHeader ? new StructureNode("TH", rowNode) { Scope = r < headerCount ? "Column" : "Row" } : new StructureNode("TD", rowNode);
                cells.Add(new GridCell(cell, r, starts[r][i], spans[r][i].Columns, spans[r][i].Rows, format) { Node = node });
            }
        }
        return cells;
    }

    /// <summary>
    /// The column widths for the frame between the context's indents, with the cell padding and the
    /// height of an empty row. A table with more columns than the frame holds a letter of each is set
    /// smaller as a whole (the cells' formats are then scaled).
    /// </summary>
    private (double[] Widths, double Padding, double Leading) FitColumns(List<GridCell> cells, int columns, double leading, Context context)
    {
        var frame = style.ColumnWidth - context.IndentLeft - context.IndentRight;
        var padding = CellPaddingX;
        var extents = ColumnExtents(cells, columns, padding);
        var hard = extents.Sum(e => e.Hard);
        if (hard > frame)
        {
            var scale = frame / hard * 0.99;
            foreach (var cell in cells) cell.Format = cell.Format with { Size = cell.Format.Size * scale };
            padding *= scale;
            leading *= scale;
            extents = ColumnExtents(cells, columns, padding);
        }
        return (TableColumns.Widths(extents, frame), padding, leading);
    }

    /// <summary>
    /// What each column needs: the most its one-column cells need; then a cell spanning columns that need less
    /// than it does (their padding inside it counted as room) widens them evenly, narrower spans first.
    /// </summary>
    private ColumnExtent[] ColumnExtents(List<GridCell> cells, int columns, double padding)
    {
        // The slack keeps a word measured here from counting as wider than its cell after rounding.
        var outside = 2 * padding + RoundingSlack;
        var hard = new double[columns];
        var min = new double[columns];
        var max = new double[columns];
        foreach (var cell in cells.OrderBy(cell => cell.Columns))
        {
            var widths = ContentWidths.Of(cell.Cell.Content, cell.Format, style.SmallScale);
            // A letter and a hyphen must always fit, so the breaker never meets a box wider than the cell.
            var inside = (cell.Columns - 1) * outside;
            Widen(hard, cell, widths.Glyph - inside);
            Widen(min, cell, Math.Max(widths.Min, widths.Glyph) - inside);
            Widen(max, cell, Math.Max(widths.Max, widths.Min) - inside);
        }
        var extents = new ColumnExtent[columns];
        for (var c = 0; c < columns; c++)
        {
            var least = Math.Max(min[c], hard[c]);
            extents[c] = new ColumnExtent(hard[c] + outside, least + outside, Math.Max(max[c], least) + outside);
        }
        return extents;
    }

    private static void Widen(double[] columns, GridCell cell, double needed)
    {
        var have = 0.0;
        for (var c = cell.Column; c < cell.Column + cell.Columns; c++) have += columns[c];
        if (needed <= have) return;
        for (var c = cell.Column; c < cell.Column + cell.Columns; c++) columns[c] += (needed - have) / cell.Columns;
    }
}
