using System.Collections.Immutable;

namespace Publisher.Core.Model;

/// <summary>
/// Where a table's cells stand, placed the way HTML places them: row by row, each cell in the first column its row
/// has free, since a cell spanning rows holds its columns in the rows below it.
/// </summary>
public static class TableGrid
{
    /// <summary>The most columns a cell may span, as in HTML.</summary>
    public const int MaxColumnSpan = 1000;

    /// <summary>The column each cell of <paramref name="table"/> starts in, row by row.</summary>
    public static int[][] StartColumns(Table table) => Place(table.Rows, table.HeaderRows).Starts;

    /// <summary>How many columns <paramref name="table"/> has: the end of its widest row.</summary>
    public static int Width(Table table)
    {
        var (starts, spans) = Place(table.Rows, table.HeaderRows);
        var width = 0;
        for (var r = 0; r < starts.Length; r++)
            for (var i = 0; i < starts[r].Length; i++) width = Math.Max(width, starts[r][i] + spans[r][i].Columns);
        return width;
    }

    /// <summary>
    /// The rows with every span made one a reader can draw, the cells' text untouched. A span is at least 1. A row
    /// span of 0 (HTML's "to the end") or one past the end of its part of the table (the first
    /// <paramref name="headerRows"/> rows, or the rest) ends there. A column span ends before a column a cell above
    /// still holds (where HTML would draw the two cells over each other). Columns in which no cell starts are left
    /// out, as a browser gives them no width: a span of 1,000 columns at the end of a row is a span of one.
    /// </summary>
    public static List<TableRow> Normalize(IReadOnlyList<TableRow> rows, int headerRows)
    {
        var (starts, spans) = Place(rows, headerRows);
        var used = starts.SelectMany(s => s).Distinct().Order().ToArray();
        var normalized = new List<TableRow>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = Cells(rows[r]);
            var kept = new TableCell[cells.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                // A span covers the columns in which some cell starts that it reached.
                var first = Array.BinarySearch(used, starts[r][i]);
                var last = Array.BinarySearch(used, starts[r][i] + spans[r][i].Columns - 1);
                var columnSpan = (last >= 0 ? last : ~last - 1) - first + 1;
                kept[i] = cells[i].ColumnSpan == columnSpan && cells[i].RowSpan == spans[r][i].Rows
                    ? cells[i]
                    : cells[i] with { ColumnSpan = columnSpan, RowSpan = spans[r][i].Rows };
            }
            normalized.Add(new TableRow([.. kept]));
        }
        return normalized;
    }

    /// <summary>Each cell's start column and its spans as drawn (see <see cref="Normalize"/>), row by row.</summary>
    private static (int[][] Starts, (int Columns, int Rows)[][] Spans) Place(IReadOnlyList<TableRow> rows, int headerRows)
    {
        var starts = new int[rows.Count][];
        var spans = new (int Columns, int Rows)[rows.Count][];
        var held = new List<int>(); // per column: how many more rows, this one included, a cell above holds it
        for (var r = 0; r < rows.Count; r++)
        {
            var partEnd = r < headerRows ? Math.Min(headerRows, rows.Count) : rows.Count;
            var cells = Cells(rows[r]);
            starts[r] = new int[cells.Length];
            spans[r] = new (int, int)[cells.Length];
            var column = 0;
            for (var i = 0; i < cells.Length; i++)
            {
                while (column < held.Count && held[column] > 0) column++;
                var rowSpan = cells[i].RowSpan == 0 ? partEnd - r : Math.Clamp(cells[i].RowSpan, 1, partEnd - r);
                var wanted = column + Math.Clamp(cells[i].ColumnSpan, 1, MaxColumnSpan);
                var end = column + 1;
                while (end < wanted && (end >= held.Count || held[end] == 0)) end++;
                starts[r][i] = column;
                spans[r][i] = (end - column, rowSpan);
                for (; column < end; column++)
                {
                    while (held.Count <= column) held.Add(0);
                    held[column] = rowSpan;
                }
            }
            for (var c = 0; c < held.Count; c++) held[c] = Math.Max(0, held[c] - 1);
        }
        return (starts, spans);
    }

    private static ImmutableArray<TableCell> Cells(TableRow row) => row.Cells.IsDefault ? [] : row.Cells;
}
