using Publisher.Core.Model;
using Scriban.Runtime;

namespace Publisher.Templating.Views;

/// <summary>One table cell for templates: its inline XHTML and its column's alignment.</summary>
public sealed class CellView : ITemplateView
{
    private static readonly IObjectAccessor Members = new ViewAccessor<CellView>()
        .With(nameof(Html), v => v.Html)
        .With(nameof(Align), v => v.Align);

    IObjectAccessor ITemplateView.Accessor => Members;

    /// <summary>Inline XHTML, already escaped.</summary>
    public required string Html { get; init; }

    /// <summary><c>left</c>, <c>center</c> or <c>right</c> (a class name for the cell), or null to leave it to the reader.</summary>
    public string? Align { get; init; }

    /// <summary>The cells of <paramref name="row"/>, a row of <paramref name="table"/>.</summary>
    public static IReadOnlyList<CellView> Row(Table table, TableRow row, Func<Uri, string> href, NoteAnchors? notes)
    {
        var cells = new List<CellView>(row.Cells.Length);
        for (var column = 0; column < row.Cells.Length; column++)
        {
            var alignment = table.AlignmentOf(column);
            cells.Add(new CellView
            {
                Html = InlineHtml.Render(row.Cells[column].Inlines, href, notes),
                Align = alignment == CellAlignment.None ? null : alignment.ToString().ToLowerInvariant(),
            });
        }
        return cells;
    }
}
