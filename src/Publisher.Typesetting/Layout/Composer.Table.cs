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
        var cells = PlaceCells(rows, table.Header.Count, tableFormat);
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
            IndentLeft = context.IndentLeft,
            KeepWithNext = tableFormat.KeepWithNext,
        };
    }

    /// <summary>The table's cells where they stand, each with its format: the table's, bold for a header cell, then the cell's own classes.</summary>
    private List<GridCell> PlaceCells(TableRow[] rows, int headerCount, ParagraphFormat tableFormat)
    {
        var (starts, spans) = SpanPlacement.Place([.. rows.Select(row => row.Cells.Select(cell => (cell.ColumnSpan, cell.RowSpan)).ToArray())], headerCount);
        var cells = new List<GridCell>();
        for (var r = 0; r < rows.Length; r++)
        {
            for (var i = 0; i < rows[r].Cells.Count; i++)
            {
                var cell = rows[r].Cells[i];
                var format = ApplyClasses(tableFormat with { Bold = tableFormat.Bold || cell.IsHeader }, cell.ClassName);
                cells.Add(new GridCell(cell, r, starts[r][i], spans[r][i].Columns, spans[r][i].Rows, format));
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

    /// <summary>
    /// The set cells of a table by rows: how tall each row is, which rows a cell holds together, and the
    /// boxes the flow draws for them.
    /// </summary>
    private sealed class TableLayout
    {
        private readonly List<GridCell> _cells;
        private readonly TableRow[] _rows;
        private readonly double[] _columnLeft;
        private readonly double _padding;
        private readonly double _leading;
        private readonly int _headerCount;
        private readonly double[] _contentHeights;

        public TableLayout(List<GridCell> cells, TableRow[] rows, double[] columnLeft, double padding, double leading, int headerCount)
        {
            (_cells, _rows, _columnLeft, _padding, _leading, _headerCount) = (cells, rows, columnLeft, padding, leading, headerCount);
            _contentHeights = new double[rows.Length];
            Measure();
        }

        /// <summary>
        /// Each row's content height: at least a line, at least its one-row cells; a cell spanning rows that
        /// needs more than they give (with the padding between them) makes the last of them taller.
        /// </summary>
        private void Measure()
        {
            Array.Fill(_contentHeights, _leading);
            foreach (var cell in _cells.OrderBy(cell => cell.Rows))
            {
                var have = 0.0;
                for (var r = cell.Row; r <= cell.LastRow; r++) have += _contentHeights[r];
                have += (cell.Rows - 1) * 2 * CellPaddingY;
                if (cell.Height > have) _contentHeights[cell.LastRow] += cell.Height - have;
            }
        }

        /// <summary>The height of rows <paramref name="from"/> to before <paramref name="to"/>, with their padding.</summary>
        public double Height(int from, int to)
        {
            var height = 0.0;
            for (var r = from; r < to; r++) height += _contentHeights[r] + 2 * CellPaddingY;
            return height;
        }

        /// <summary>The runs of rows that cells hold together, first and last row each (a row on its own where none spans).</summary>
        public IEnumerable<(int First, int Last)> Groups()
        {
            var byRow = _cells.ToLookup(cell => cell.Row);
            for (var first = 0; first < _rows.Length;)
            {
                var last = first;
                for (var r = first; r <= last; r++)
                    foreach (var cell in byRow[r]) last = Math.Max(last, cell.LastRow);
                yield return (first, last);
                first = last + 1;
            }
        }

        /// <summary>The rows held together, drawn as one box: rules below each row where no cell goes on.</summary>
        public TableRowBox Group(int first, int last)
        {
            var boxes = new List<TableCellBox>();
            foreach (var cell in _cells.Where(cell => cell.Row >= first && cell.Row <= last))
                boxes.Add(new TableCellBox(_columnLeft[cell.Column] + _padding, cell.Lines, Height(first, cell.Row)));
            var rules = new List<TableRuleSegment>();
            for (var r = first; r < last; r++)
            {
                if (RuleBelow(r) is not { } rule) continue;
                var goesOn = new bool[_columnLeft.Length - 1];
                foreach (var cell in _cells.Where(cell => cell.Row <= r && cell.LastRow > r))
                    for (var c = cell.Column; c < cell.Column + cell.Columns; c++) goesOn[c] = true;
                var y = Height(first, r + 1);
                for (var c = 0; c < goesOn.Length; c++)
                {
                    if (goesOn[c]) continue;
                    var end = c;
                    while (end + 1 < goesOn.Length && !goesOn[end + 1]) end++;
                    rules.Add(new TableRuleSegment(_columnLeft[c], _columnLeft[end + 1], y, rule));
                    c = end;
                }
            }
            List<string> ids = [.. _rows[first..(last + 1)].SelectMany(row => row.Ids ?? [])];
            return new TableRowBox(boxes, Height(first, last + 1), RuleBelow(last), ids.Count == 0 ? null : ids) { InnerRules = rules };
        }

        /// <summary>The rule under row <paramref name="r"/>: the header's under its last row, a light one under each body row.</summary>
        private TableRule? RuleBelow(int r) => r == _headerCount - 1 ? HeaderRule : r < _headerCount ? null : RowRule;

        /// <summary>
        /// The rows, as one box when it fits <paramref name="limit"/> (a frame less the repeated header and padding);
        /// else a single row cut into bands, each with the lines of every cell that fit, the next band continuing.
        /// The row's ids go to its first band.
        /// </summary>
        public IEnumerable<TableRowBox> Bands(int first, int last, double limit)
        {
            var whole = Group(first, last);
            if (whole.Height - 2 * CellPaddingY <= limit + 0.001 || first != last)
            {
                yield return whole;
                yield break;
            }
            var cells = whole.Cells;
            var next = new int[cells.Count];
            var ids = whole.Ids;
            while (true)
            {
                var band = new TableCellBox[cells.Count];
                var done = true;
                var tallest = 0.0;
                for (var c = 0; c < cells.Count; c++)
                {
                    var lines = cells[c].Lines;
                    var from = next[c];
                    var height = 0.0;
                    var to = from;
                    // A line taller than the limit still goes somewhere: alone in its band.
                    while (to < lines.Count && (to == from || height + lines[to].Height <= limit + 0.001)) height += lines[to++].Height;
                    band[c] = cells[c] with { Lines = from == 0 && to == lines.Count ? lines : lines.Skip(from).Take(to - from).ToList() };
                    next[c] = to;
                    done &= to == lines.Count;
                    tallest = Math.Max(tallest, height);
                }
                yield return new TableRowBox(band, Math.Max(_leading, tallest) + 2 * CellPaddingY, done ? whole.RuleBelow : null, ids);
                ids = null;
                if (done) yield break;
            }
        }

        /// <summary>
        /// Rows held together that are taller than a frame, let go: every cell's span ends in its own row, which grows
        /// to hold it, so each row can be cut into bands. No text is lost; cells no longer reach down.
        /// </summary>
        public IEnumerable<int> LetGo(int first, int last)
        {
            foreach (var cell in _cells.Where(cell => cell.Row >= first && cell.Row <= last)) cell.Rows = 1;
            Measure();
            return Enumerable.Range(first, last - first + 1);
        }
    }
}
