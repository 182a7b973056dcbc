using Publisher.Core.Model;
using Scriban.Runtime;

namespace Publisher.Templating.Views;

/// <summary>One table cell for templates: its inline XHTML, its alignment (its own, else its first column's) and its spans.</summary>
public sealed class CellView : ITemplateView
{
    private static readonly IObjectAccessor Members = new ViewAccessor<CellView>()
        .With(nameof(Html), v => v.Html)
        .With(nameof(Align), v => v.Align)
        .With(nameof(Colspan), v => v.Colspan)
        .With(nameof(Rowspan), v => v.Rowspan);

    IObjectAccessor ITemplateView.Accessor => Members;

    /// <summary>Inline XHTML, already escaped.</summary>
    public required string Html { get; init; }

    /// <summary><c>left</c>, <c>center</c> or <c>right</c> (a class name for the cell), or null to leave it to the reader.</summary>
    public string? Align { get; init; }

    /// <summary>How many columns the cell spans, or null for one.</summary>
    public int? Colspan { get; init; }

    /// <summary>How many rows the cell spans, or null for one.</summary>
    public int? Rowspan { get; init; }

    /// <summary>The cells of <paramref name="table"/>'s rows, row by row.</summary>
    public static IReadOnlyList<IReadOnlyList<CellView>> Rows(Table table, Func<Uri, string> href, NoteAnchors? notes)
    {
        var starts = TableGrid.StartColumns(table);
        var rows = new IReadOnlyList<CellView>[table.Rows.Length];
        for (var r = 0; r < rows.Length; r++)
        {
            var row = table.Rows[r];
            var cells = new CellView[row.Cells.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = row.Cells[i];
                var alignment = cell.Alignment != CellAlignment.None ? cell.Alignment : table.AlignmentOf(starts[r][i]);
                cells[i] = new CellView
                {
                    Html = InlineHtml.Render(cell.Inlines, href, notes),
                    Align = alignment == CellAlignment.None ? null : alignment.ToString().ToLowerInvariant(),
                    Colspan = cell.ColumnSpan > 1 ? cell.ColumnSpan : null,
                    Rowspan = cell.RowSpan > 1 ? cell.RowSpan : null,
                };
            }
            rows[r] = cells;
        }
        return rows;
    }
}
