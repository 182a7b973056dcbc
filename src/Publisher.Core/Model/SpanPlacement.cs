namespace Publisher.Core.Model;

/// <summary>
/// Where the cells of a table with row and column spans stand, placed as HTML places them: row by row, each cell in
/// the first column its row has free, since a cell spanning rows holds its columns in the rows below it. Spans are
/// made drawable on the way: at least 1; a row span of 0 (HTML's "to the end") or one past the end of its part of the
/// table (the header, body or footer rows) ends there; a column span ends before a column a cell above still holds
/// (where HTML would draw two cells over each other), and at <see cref="MaxColumnSpan"/>; columns in which no cell
/// starts are left out, as a browser gives them no width. Compiled into the model and into the typesetter, which read
/// tables from different documents and share no other code.
/// </summary>
internal static class SpanPlacement
{
    /// <summary>The most columns a cell may span, as in HTML.</summary>
    public const int MaxColumnSpan = 1000;

    /// <summary>
    /// Each cell's start column and its spans as drawn, row by row; <paramref name="spans"/> holds the cells' spans as
    /// written, row by row.
    /// </summary>
    public static (int[][] Starts, (int Columns, int Rows)[][] Spans) Place(IReadOnlyList<(int Columns, int Rows)[]> spans, int headerRows, int footerRows = 0)
    {
        var footerStart = Math.Max(Math.Min(headerRows, spans.Count), spans.Count - Math.Max(0, footerRows));
        var starts = new int[spans.Count][];
        var placed = new (int Columns, int Rows)[spans.Count][];
        var held = new List<int>(); // per column: how many more rows, this one included, a cell above holds it
        for (var r = 0; r < spans.Count; r++)
        {
            var partEnd = r < headerRows ? Math.Min(headerRows, spans.Count) : r < footerStart ? footerStart : spans.Count;
            starts[r] = new int[spans[r].Length];
            placed[r] = new (int, int)[spans[r].Length];
            var column = 0;
            for (var i = 0; i < spans[r].Length; i++)
            {
                while (column < held.Count && held[column] > 0) column++;
                var (columnSpan, rowSpan) = spans[r][i];
                rowSpan = rowSpan == 0 ? partEnd - r : Math.Clamp(rowSpan, 1, partEnd - r);
                var wanted = column + Math.Clamp(columnSpan, 1, MaxColumnSpan);
                var end = column + 1;
                while (end < wanted && (end >= held.Count || held[end] == 0)) end++;
                starts[r][i] = column;
                placed[r][i] = (end - column, rowSpan);
                for (; column < end; column++)
                {
                    while (held.Count <= column) held.Add(0);
                    held[column] = rowSpan;
                }
            }
            for (var c = 0; c < held.Count; c++) held[c] = Math.Max(0, held[c] - 1);
        }
        return Compact(starts, placed);
    }

    /// <summary>The columns renumbered to those in which some cell starts; a span covers those of them it reached.</summary>
    private static (int[][] Starts, (int Columns, int Rows)[][] Spans) Compact(int[][] starts, (int Columns, int Rows)[][] spans)
    {
        var used = starts.SelectMany(s => s).Distinct().Order().ToArray();
        for (var r = 0; r < starts.Length; r++)
        {
            for (var i = 0; i < starts[r].Length; i++)
            {
                var first = Array.BinarySearch(used, starts[r][i]);
                var last = Array.BinarySearch(used, starts[r][i] + spans[r][i].Columns - 1);
                spans[r][i].Columns = (last >= 0 ? last : ~last - 1) - first + 1;
                starts[r][i] = first;
            }
        }
        return (starts, spans);
    }
}
