using Publisher.Core.Model;

namespace Publisher.Core.Tests.Model;

public class TableGridTests
{
    private static TableCell Cell(string text, int columns = 1, int rows = 1) => new([new TextRun(text)], columns, rows);

    private static Table Table(int headerRows, params TableRow[] rows) => new([.. TableGrid.Normalize(rows, headerRows)], headerRows, []);

    private static (int, int)[][] Spans(Table table) => Spans(table.Rows);

    private static (int, int)[][] Spans(IEnumerable<TableRow> rows) => [.. rows.Select(r => r.Cells.Select(c => (c.ColumnSpan, c.RowSpan)).ToArray())];

    [Fact]
    public void Cells_stand_in_the_first_column_their_row_has_free()
    {
        var table = Table(0,
            new TableRow([Cell("a", rows: 3), Cell("b", columns: 2)]),
            new TableRow([Cell("c"), Cell("d", rows: 2)]),
            new TableRow([Cell("e")]));
        Assert.Equal([[0, 1], [1, 2], [1]], TableGrid.StartColumns(table));
        Assert.Equal(3, TableGrid.Width(table));
    }

    [Fact]
    public void A_column_span_stops_before_a_column_a_cell_above_holds()
    {
        var table = Table(0,
            new TableRow([Cell("a"), Cell("b", rows: 2)]),
            new TableRow([Cell("c", columns: 2)]));
        Assert.Equal([[(1, 1), (1, 2)], [(1, 1)]], Spans(table));
    }

    [Fact]
    public void Columns_where_no_cell_starts_are_left_out()
    {
        var table = Table(0,
            new TableRow([Cell("a", columns: 5), Cell("b")]),
            new TableRow([Cell("x"), Cell("y"), Cell("z")]),
            new TableRow([Cell("wide", columns: 1000)]));
        Assert.Equal([[(3, 1), (1, 1)], [(1, 1), (1, 1), (1, 1)], [(4, 1)]], Spans(table));
        Assert.Equal([[0, 3], [0, 1, 2], [0]], TableGrid.StartColumns(table));
        Assert.Equal(4, TableGrid.Width(table));
    }

    [Fact]
    public void A_row_span_ends_with_its_part_of_the_table_and_zero_reaches_that_end()
    {
        var table = Table(2,
            new TableRow([Cell("h1", rows: 9), Cell("h2", rows: 0)]),
            new TableRow([]),
            new TableRow([Cell("a", rows: 0), Cell("b")]),
            new TableRow([Cell("c")]),
            new TableRow([Cell("d")]));
        Assert.Equal([[(1, 2), (1, 2)], [], [(1, 3), (1, 1)], [(1, 1)], [(1, 1)]], Spans(table));
        Assert.Equal([[0, 1], [], [0, 1], [1], [1]], TableGrid.StartColumns(table));
    }

    [Fact]
    public void A_row_span_does_not_reach_from_the_body_into_the_footer()
    {
        var rows = TableGrid.Normalize([new TableRow([Cell("a", rows: 0)]), new TableRow([]), new TableRow([Cell("sum")])], 0, footerRows: 1);
        Assert.Equal([[(1, 2)], [], [(1, 1)]], Spans(rows));
    }

    [Fact]
    public void Normalizing_twice_changes_nothing_more()
    {
        TableRow[] rows =
        [
            new([Cell("a", columns: 7, rows: 0), Cell("b", rows: 4)]),
            new([Cell("c", columns: 3), Cell("d")]),
            new([Cell("e", rows: -1), Cell("f", columns: 0)]),
        ];
        var once = TableGrid.Normalize(rows, 1);
        Assert.Equal([[(3, 1), (1, 1)], [(2, 1), (1, 1)], [(1, 1), (1, 1)]], Spans(once)); // columns 0, 1, 3 and 7 have a cell starting in them
        Assert.Equal(Spans(once), Spans(TableGrid.Normalize(once, 1)));
    }
}
