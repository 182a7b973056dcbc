using Publisher.Typesetting.Document;
using Publisher.Typesetting.LineBreaking;

namespace Publisher.Typesetting.Layout;

public sealed partial class Composer
{
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
                boxes.Add(new TableCellBox(_columnLeft[cell.Column] + _padding, cell.Lines, Height(first, cell.Row)) { Node = cell.Node });
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
