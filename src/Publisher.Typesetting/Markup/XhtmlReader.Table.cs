using System.Globalization;
using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Markup;

public sealed partial class XhtmlReader
{
    /// <summary>
    /// &lt;table&gt; with rows in &lt;thead&gt;, &lt;tbody&gt;, &lt;tfoot&gt; or directly inside; &lt;td&gt; and
    /// &lt;th&gt; cells of inline content, spanning columns and rows as in HTML. Without a &lt;thead&gt;, leading rows of
    /// only &lt;th&gt; are the header. Footer rows follow the body. A &lt;caption&gt; becomes a paragraph above the table,
    /// kept with it; anything else
    /// with text in the table's structure is reported and kept as a paragraph above it as well.
    /// </summary>
    private IEnumerable<Block> ReadTable(MarkupElement table)
    {
        var above = new List<Block>();
        var header = new List<TableRow>();
        var body = new List<TableRow>();
        var footer = new List<TableRow>();
        foreach (var child in table.Children)
        {
            switch (child)
            {
                case MarkupElement { LocalName: "thead" } section:
                    ReadRows(section, header, above);
                    break;
                case MarkupElement { LocalName: "tbody" } section:
                    ReadRows(section, body, above);
                    break;
                case MarkupElement { LocalName: "tfoot" } section:
                    ReadRows(section, footer, above);
                    break;
                case MarkupElement { LocalName: "tr" } row:
                    body.Add(ReadRow(row, above));
                    break;
                case MarkupElement { LocalName: "caption" } caption:
                    var content = ReadInlineContent(caption);
                    if (content.Count > 0) above.Add(new Paragraph(content) { Attributes = CaptionAttributes(caption, content) });
                    break;
                case MarkupElement { LocalName: "colgroup" or "col" }:
                    break; // widths come from the content
                default:
                    KeepStray(child, table, above);
                    break;
            }
        }
        if (header.Count == 0)
        {
            // A header written as a first row of <th> (HTML parsers put it into a <tbody>).
            var leading = body.TakeWhile(row => row.Cells.Count > 0 && row.Cells.All(cell => cell.IsHeader)).Count();
            header.AddRange(body.Take(leading));
            body.RemoveRange(0, leading);
        }
        body.AddRange(footer);
        above.Add(new Table(header, body) { Attributes = AttributesOf(table, null) });
        return above;
    }

    /// <summary>A caption's attributes: class <c>caption</c> (kept with the table) unless it has a class of its own.</summary>
    private BlockAttributes CaptionAttributes(MarkupElement caption, List<Inline> content)
    {
        var attributes = AttributesOf(caption, content);
        return attributes.ClassName is null ? attributes with { ClassName = "caption" } : attributes;
    }

    private void ReadRows(MarkupElement section, List<TableRow> rows, List<Block> above)
    {
        foreach (var child in section.Children)
        {
            if (child is MarkupElement { LocalName: "tr" } row) rows.Add(ReadRow(row, above));
            else KeepStray(child, section, above);
        }
    }

    private TableRow ReadRow(MarkupElement row, List<Block> above)
    {
        var cells = new List<TableCell>();
        foreach (var child in row.Children)
        {
            if (child is MarkupElement { LocalName: "td" or "th" } cell) cells.Add(ReadCell(cell));
            else KeepStray(child, row, above);
        }
        // The row's id, its cells' and those of the elements in them: anchors at the row.
        List<string> ids = [.. InlineIds([row]) ?? []];
        return new TableRow(cells, ids.Count == 0 ? null : ids);
    }

    private TableCell ReadCell(MarkupElement cell) =>
        new(CellContent(cell), cell.LocalName == "th", NullIfEmpty(cell.ClassName), Span(cell, "colspan", 1), Span(cell, "rowspan", 0));

    /// <summary>
    /// A cell's <c>colspan</c> or <c>rowspan</c>: a number of at least <paramref name="least"/> (a <c>rowspan</c> of 0
    /// reaches the end of its part of the table); anything else is reported and read as 1.
    /// </summary>
    private int Span(MarkupElement cell, string attribute, int least)
    {
        if (cell.GetAttribute(attribute) is not { } value) return 1;
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var span) && span >= least) return span;
        Warn(cell, $"{attribute}=\"{value}\" is not a number of rows or columns; the cell spans one");
        return 1;
    }

    private List<Inline> CellContent(MarkupElement element)
    {
        var content = new List<Inline>();
        foreach (var child in element.Children) ReadCellInline(child, content);
        while (content.Count > 0 && content[^1] is HardBreak) content.RemoveAt(content.Count - 1);
        return Trim(content);
    }

    /// <summary>A cell's inline content; blocks (and list items) in it are reported and their text set as lines of their own.</summary>
    private void ReadCellInline(MarkupNode node, List<Inline> content)
    {
        if (node is not MarkupElement element || !(IsBlock(element) || element.LocalName == "li"))
        {
            ReadInline(node, InlineStyle.None, null, content);
            return;
        }
        if (IsBlock(element)) Warn(element, $"block <{element.LocalName}> inside a table cell is not in the subset; its text is set as lines of the cell");
        if (content.Count > 0 && content[^1] is not HardBreak) content.Add(new HardBreak());
        foreach (var child in element.Children) ReadCellInline(child, content);
        if (content.Count > 0 && content[^1] is not HardBreak) content.Add(new HardBreak());
    }

    /// <summary>Text where the table's structure expects rows or cells: reported, and set as a paragraph above the table.</summary>
    private void KeepStray(MarkupNode node, MarkupElement parent, List<Block> above)
    {
        if (node is MarkupText { Data: var data } && string.IsNullOrWhiteSpace(data)) return;
        var content = node is MarkupElement element ? CellContent(element) : [];
        if (node is MarkupText) ReadInline(node, InlineStyle.None, null, content);
        content = Trim(content);
        var what = node is MarkupElement stray ? $"<{stray.LocalName}>" : "text";
        Warn(node as MarkupElement ?? parent, $"{what} inside <{parent.LocalName}> is not a row or cell; "
                                              + (content.Count > 0 ? "its text is set above the table" : "ignored"));
        if (content.Count > 0) above.Add(new Paragraph(content) { Attributes = new BlockAttributes(InlineIds: InlineIds([node])) });
    }
}
