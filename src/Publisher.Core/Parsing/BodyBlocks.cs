using System.Collections.Immutable;
using System.Text;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>Model blocks both body parsers (Markdown and the HTML inside it) build the same way.</summary>
public static class BodyBlocks
{
    /// <summary>Tab stops in a preformatted block are this many columns apart (as in most editors).</summary>
    public const int TabWidth = 4;

    /// <summary>
    /// A preformatted block of <paramref name="lines"/>: tabs expanded to the next tab stop, control characters and
    /// spaces at line ends removed, blank lines at either end dropped; null when nothing is left.
    /// </summary>
    public static Preformatted? Preformatted(IEnumerable<string> lines)
    {
        var kept = lines.Select(line => TextCleaning.RemoveControlCharacters(ExpandTabs(line)).TrimEnd()).ToList();
        var first = kept.FindIndex(line => line.Length > 0);
        if (first < 0) return null;
        var last = kept.FindLastIndex(line => line.Length > 0);
        return new Preformatted(string.Join('\n', kept.Skip(first).Take(last - first + 1)));
    }

    private static string ExpandTabs(string line)
    {
        if (!line.Contains('\t')) return line;
        var expanded = new StringBuilder(line.Length + TabWidth);
        foreach (var c in line)
        {
            if (c == '\t') expanded.Append(' ', TabWidth - expanded.Length % TabWidth);
            else expanded.Append(c);
        }
        return expanded.ToString();
    }

    /// <summary>
    /// A table cell holding what <paramref name="blocks"/> say, as inline text: a cell is a line of a table, so
    /// blocks in it (paragraphs, a list) follow one another after line breaks, their words all kept.
    /// </summary>
    public static TableCell Cell(IEnumerable<Block> blocks)
    {
        var inlines = new List<Inline>();
        foreach (var block in blocks) AddInlines(block, inlines);
        return new TableCell(InlineText.Tidy(inlines));
    }

    private static void AddInlines(Block block, List<Inline> into)
    {
        switch (block)
        {
            case Paragraph p: Add(into, p.Inlines); break;
            case Subhead s: Add(into, s.Inlines); break;
            case Preformatted p: Add(into, [new TextRun(p.Text)]); break;
            case Figure f: Add(into, [new TextRun(f.Image.Credit is { } credit ? $"{f.Image.Caption} {credit}" : f.Image.Caption)]); break;
            case Picture p:
                Add(into, p.Alt.Length > 0 ? [new TextRun(p.Alt)] : []);
                Add(into, p.Caption);
                break;
            case Quote q: foreach (var inner in q.Blocks) AddInlines(inner, into); break;
            case ListBlock l: foreach (var inner in l.Items.SelectMany(i => i.Blocks)) AddInlines(inner, into); break;
            case Table t:
                Add(into, t.Caption);
                foreach (var cell in t.Rows.SelectMany(r => r.Cells)) Add(into, cell.Inlines);
                break;
        }
    }

    private static void Add(List<Inline> into, ImmutableArray<Inline> inlines)
    {
        if (inlines.IsDefaultOrEmpty) return;
        if (into.Count > 0) into.Add(new LineBreak());
        into.AddRange(inlines);
    }

    /// <summary>
    /// A subhead of <paramref name="inlines"/> (white space tidied) at <paramref name="level"/>, or null when it has no text.
    /// </summary>
    public static Subhead? Subhead(IEnumerable<Inline> inlines, int level)
    {
        var tidy = InlineText.Tidy(inlines);
        return TextCleaning.CollapseWhitespace(InlineText.Plain(tidy)).Length > 0 ? new Subhead(tidy, Math.Clamp(level, 1, 6)) : null;
    }

    /// <summary>
    /// A table of <paramref name="rows"/>, their spans made drawable (<see cref="TableGrid.Normalize"/>), or null when
    /// no row has a cell: nothing to show. <paramref name="alignments"/> are by column of the normalised table.
    /// </summary>
    public static Table? Table(IReadOnlyList<TableRow> rows, int headerRows, IEnumerable<CellAlignment> alignments, ImmutableArray<Inline> caption = default,
        int footerRows = 0)
    {
        if (rows.All(row => row.Cells.IsDefaultOrEmpty)) return null;
        headerRows = Math.Min(headerRows, rows.Count);
        footerRows = Math.Clamp(footerRows, 0, rows.Count - headerRows);
        var table = new Table([.. TableGrid.Normalize(rows, headerRows, footerRows)], headerRows, [])
        {
            Caption = caption.IsDefault ? [] : caption,
            FooterRows = footerRows,
        };
        var kept = alignments.Take(TableGrid.Width(table)).ToList();
        while (kept.Count > 0 && kept[^1] == CellAlignment.None) kept.RemoveAt(kept.Count - 1);
        return table with { Alignments = [.. kept] };
    }
}
