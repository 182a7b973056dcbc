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

    /// <summary>
    /// Sets a table for the frame between the context's indents: column widths from the cells' content
    /// (<see cref="TableColumns"/>), every cell ragged (or as its class says) and hyphenated in the
    /// block's language, header cells bold, each row as tall as its tallest cell. Rows, the header
    /// included when it is not repeated, are cut into bands where taller than a frame.
    /// </summary>
    private TableFlow? ComposeTable(Table table, BlockAttributes attributes, Context context)
    {
        TableRow[] rows = [.. table.Header, .. table.Body];
        var columns = rows.Length == 0 ? 0 : rows.Max(row => row.Cells.Count);
        if (columns == 0) return null;
        var tableFormat = ApplyClasses(BaseFormat(context) with
        {
            Size = style.BodySize * TableScale,
            LineHeight = TableLineHeight,
            Alignment = TextAlignment.Left,
            SpaceBefore = style.ParagraphSpacing,
            SpaceAfter = style.ParagraphSpacing * 2,
        }, attributes.ClassName);
        var cells = rows.Select(row => Enumerable.Range(0, columns)
            .Select(i => i < row.Cells.Count ? row.Cells[i] : new TableCell([])).ToArray()).ToArray();
        var formats = cells.Select(row => row.Select(cell => CellFormat(cell, tableFormat)).ToArray()).ToArray();

        var (widths, padding, leading) = FitColumns(cells, formats, tableFormat.Leading, context);
        var set = new List<LineBox>[rows.Length][];
        for (var r = 0; r < rows.Length; r++)
        {
            set[r] = new List<LineBox>[columns];
            for (var c = 0; c < columns; c++)
                set[r][c] = cells[r][c].Content.Count == 0
                    ? []
                    : ParagraphSetter.Set(cells[r][c].Content, formats[r][c], widths[c] - 2 * padding, style.SmallScale, hyphenation);
        }
        var headerCount = table.Header.Count;
        var headerHeight = 0.0;
        for (var r = 0; r < headerCount; r++) headerHeight += RowHeight(set[r], leading);
        var repeatHeader = headerCount > 0 && headerHeight <= style.ContentHeight * MaxRepeatedHeaderShare;
        var bandLimit = style.ContentHeight - (repeatHeader ? headerHeight : 0) - 2 * CellPaddingY;

        var cellX = new double[columns]; // where each column's text starts
        var columnLeft = 0.0;
        for (var c = 0; c < columns; c++)
        {
            cellX[c] = columnLeft + padding;
            columnLeft += widths[c];
        }
        var header = new List<TableRowBox>();
        var body = new List<TableRowBox>();
        for (var r = 0; r < rows.Length; r++)
        {
            var isHeader = r < headerCount;
            var rule = r == headerCount - 1 ? HeaderRule : isHeader ? (TableRule?)null : RowRule;
            if (isHeader && repeatHeader) header.Add(Row(cellX, set[r], leading, rule, rows[r].Ids));
            else body.AddRange(Bands(cellX, set[r], leading, bandLimit, rule, rows[r].Ids));
        }
        return new TableFlow
        {
            Attributes = attributes,
            Header = header,
            Rows = body,
            Width = widths.Sum(),
            CellPadding = CellPaddingY,
            SpaceBefore = tableFormat.SpaceBefore,
            SpaceAfter = tableFormat.SpaceAfter,
            IndentLeft = context.IndentLeft,
            KeepWithNext = tableFormat.KeepWithNext,
        };
    }

    /// <summary>
    /// The column widths for the frame between the context's indents, with the cell padding and the
    /// height of an empty row. A table with more columns than the frame holds a letter of each is set
    /// smaller as a whole (<paramref name="formats"/> are then scaled in place).
    /// </summary>
    private (double[] Widths, double Padding, double Leading) FitColumns(TableCell[][] cells, ParagraphFormat[][] formats,
        double leading, Context context)
    {
        var frame = style.ColumnWidth - context.IndentLeft - context.IndentRight;
        var padding = CellPaddingX;
        var extents = ColumnExtents(cells, formats, padding);
        var hard = extents.Sum(e => e.Hard);
        if (hard > frame)
        {
            var scale = frame / hard * 0.99;
            foreach (var row in formats)
                for (var c = 0; c < row.Length; c++) row[c] = row[c] with { Size = row[c].Size * scale };
            padding *= scale;
            leading *= scale;
            extents = ColumnExtents(cells, formats, padding);
        }
        return (TableColumns.Widths(extents, frame), padding, leading);
    }

    /// <summary>A cell's format: the table's, bold for a header cell, then the cell's own classes.</summary>
    private ParagraphFormat CellFormat(TableCell cell, ParagraphFormat tableFormat) =>
        ApplyClasses(tableFormat with { Bold = tableFormat.Bold || cell.IsHeader }, cell.ClassName);

    private ColumnExtent[] ColumnExtents(TableCell[][] cells, ParagraphFormat[][] formats, double padding)
    {
        var extents = new ColumnExtent[cells[0].Length];
        for (var c = 0; c < extents.Length; c++)
        {
            double hard = 0, min = 0, max = 0;
            for (var r = 0; r < cells.Length; r++)
            {
                var widths = ContentWidths.Of(cells[r][c].Content, formats[r][c], style.SmallScale);
                hard = Math.Max(hard, widths.Glyph);
                min = Math.Max(min, widths.Min);
                max = Math.Max(max, widths.Max);
            }
            // A letter and a hyphen must always fit, so the breaker never meets a box wider than the cell.
            min = Math.Max(min, hard);
            // The slack keeps a word measured here from counting as wider than its cell after rounding.
            var outside = 2 * padding + RoundingSlack;
            extents[c] = new ColumnExtent(hard + outside, min + outside, Math.Max(max, min) + outside);
        }
        return extents;
    }

    /// <summary>The height of a row's tallest cell (at least one line), with padding.</summary>
    private static double RowHeight(IReadOnlyList<LineBox>[] cells, double leading) =>
        Math.Max(leading, cells.Max(lines => lines.Sum(line => line.Height))) + 2 * CellPaddingY;

    private static TableRowBox Row(double[] cellX, IReadOnlyList<LineBox>[] cells, double leading, TableRule? rule,
        IReadOnlyList<string>? ids) =>
        new(cellX.Select((x, c) => new TableCellBox(x, cells[c])).ToArray(), RowHeight(cells, leading), rule, ids);

    /// <summary>
    /// The row, or, when taller than <paramref name="limit"/> (a frame less the repeated header and
    /// padding), bands of it: each takes from every cell the lines that fit, the next band continues.
    /// The row's ids go to its first band.
    /// </summary>
    private static IEnumerable<TableRowBox> Bands(double[] cellX, List<LineBox>[] cells, double leading, double limit, TableRule? rule,
        IReadOnlyList<string>? ids)
    {
        var next = new int[cells.Length];
        while (true)
        {
            var band = new IReadOnlyList<LineBox>[cells.Length];
            var done = true;
            for (var c = 0; c < cells.Length; c++)
            {
                var lines = cells[c];
                var from = next[c];
                var height = 0.0;
                var to = from;
                // A line taller than the limit still goes somewhere: alone in its band.
                while (to < lines.Count && (to == from || height + lines[to].Height <= limit + 0.001)) height += lines[to++].Height;
                band[c] = from == 0 && to == lines.Count ? lines : lines.GetRange(from, to - from);
                next[c] = to;
                done &= to == lines.Count;
            }
            yield return Row(cellX, band, leading, done ? rule : null, ids);
            ids = null;
            if (done) yield break;
        }
    }
}
