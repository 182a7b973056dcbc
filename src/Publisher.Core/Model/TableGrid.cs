using System.Collections.Immutable;

namespace Publisher.Core.Model;

/// <summary>Where a table's cells stand and what they span (see <see cref="SpanPlacement"/>).</summary>
public static class TableGrid
{
    /// <summary>The column each cell of <paramref name="table"/> starts in, row by row.</summary>
    public static int[][] StartColumns(Table table) => Place(table.Rows, table.HeaderRows, table.FooterRows).Starts;

    /// <summary>How many columns <paramref name="table"/> has: the end of its widest row.</summary>
    public static int Width(Table table)
    {
        var (starts, spans) = Place(table.Rows, table.HeaderRows, table.FooterRows);
        var width = 0;
        for (var r = 0; r < starts.Length; r++)
            for (var i = 0; i < starts[r].Length; i++) width = Math.Max(width, starts[r][i] + spans[r][i].Columns);
        return width;
    }

    /// <summary>
    /// The rows with every span made one a reader can draw (<see cref="SpanPlacement"/>), the cells' text untouched;
    /// the first <paramref name="headerRows"/> rows are the header and the last <paramref name="footerRows"/> the footer,
    /// which no row span leaves, nor the body.
    /// </summary>
    public static List<TableRow> Normalize(IReadOnlyList<TableRow> rows, int headerRows, int footerRows = 0)
    {
        var (_, spans) = Place(rows, headerRows, footerRows);
        var normalized = new List<TableRow>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = Cells(rows[r]);
            var kept = new TableCell[cells.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                var (columnSpan, rowSpan) = spans[r][i];
                kept[i] = cells[i].ColumnSpan == columnSpan && cells[i].RowSpan == rowSpan ? cells[i] : cells[i] with { ColumnSpan = columnSpan, RowSpan = rowSpan };
            }
            normalized.Add(new TableRow([.. kept]));
        }
        return normalized;
    }

    private static (int[][] Starts, (int Columns, int Rows)[][] Spans) Place(IReadOnlyList<TableRow> rows, int headerRows, int footerRows) =>
        SpanPlacement.Place([.. rows.Select(row => Cells(row).Select(cell => (cell.ColumnSpan, cell.RowSpan)).ToArray())], headerRows, footerRows);

    private static ImmutableArray<TableCell> Cells(TableRow row) => row.Cells.IsDefault ? [] : row.Cells;
}
