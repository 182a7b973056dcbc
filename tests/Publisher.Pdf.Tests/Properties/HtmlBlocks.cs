using CsCheck;
using static Publisher.Pdf.Tests.Properties.MarkdownBodies;

namespace Publisher.Pdf.Tests.Properties;

/// <summary>Raw HTML blocks in a Markdown body: what people paste from elsewhere (no blank line inside but in &lt;pre&gt;).</summary>
internal static class HtmlBlocks
{
    private static readonly Gen<string> Text = HtmlText;

    private static readonly Gen<string> CellContent = Gen.Frequency(
        (6, Text),
        (1, Text.Select(t => $"<p>{t}</p>")),
        (1, Text.Array[1, 2].Select(items => "<ul>" + string.Concat(items.Select(i => $"<li>{i}</li>")) + "</ul>")),
        (1, Gen.Const("")));

    private static readonly Gen<string> TableCell = Gen.Frequency(
        (6, CellContent.Select(c => $"<td>{c}</td>")),
        (1, CellContent.Select(c => $"<th>{c}</th>")),
        (1, Gen.Select(Gen.Int[0, 3], CellContent, (span, c) => $"<td colspan=\"{span}\">{c}</td>")),
        (1, CellContent.Select(c => $"<td rowspan=\"2\" align=\"right\">{c}</td>")));

    private static readonly Gen<string> Row = TableCell.Array[0, 4].Select(cells => "<tr>" + string.Concat(cells) + "</tr>");

    private static readonly Gen<string[]> Table = Gen.Select(
        Gen.Frequency((2, Gen.Const("")), (2, Text.Select(t => $"<caption>{t}</caption>")), (1, Text)),
        Gen.Frequency((2, Gen.Const("")), (2, Text.Array[1, 3].Select(h => "<thead><tr>" + string.Concat(h.Select(c => $"<th>{c}</th>")) + "</tr></thead>"))),
        Row.Array[0, 4], Gen.Bool,
        Gen.Frequency((3, Gen.Const("")), (1, Row.Select(r => $"<tfoot>{r}</tfoot>"))),
        (caption, head, rows, tbody, foot) => new[] { "<table>", caption, head, tbody ? "<tbody>" : "" }
            .Concat(rows).Concat([tbody ? "</tbody>" : "", foot, "</table>"]).Where(l => l.Length > 0).ToArray());

    public static readonly Gen<string[]> Block = Gen.Frequency(
        (3, Text.Array[1, 3].Select(lines => (string[])["<div>", .. lines, "</div>"])),
        (3, Text.Select(t => new[] { $"<p>{t}</p>" })),
        (2, Gen.Select(Gen.OneOf("ul", "ol"), Text.Array[1, 3], (list, items) => (string[])[$"<{list}>", .. items.Select(i => $"<li>{i}</li>"), $"</{list}>"])),
        (1, Text.Select(t => new[] { "<blockquote>", $"<p>{t}</p>", "</blockquote>" })),
        (3, Table),
        (2, HtmlCodeLine.Array[1, 5].Select(lines => (string[])["<pre>" + lines[0], .. lines.Skip(1), "</pre>"])),
        (1, Gen.Const(new[] { "<script>", $"var a = '{Secret}';", "</script>" })),
        (1, Gen.Const(new[] { "<style>", $".{Secret} {{ color: red }}", "</style>" })),
        (1, Text.Select(t => new[] { "<foo>", t, "</foo>" })),
        (1, Text.Select(t => new[] { "<custom-box>", t, "</custom-box>" })),
        (1, Gen.Const(new[] { "<!--", $"{Hidden}", "-->" })),
        (1, Gen.Select(Text, Text, (h, p) => new[] { "<section>", $"<h2>{h}</h2>", $"<p>{p}</p>", "</section>" })),
        (1, Gen.Select(Text, Text, (s, d) => new[] { $"<details><summary>{s}</summary>{d}</details>" })),
        (1, Gen.Select(Text, Text, (t, d) => new[] { $"<dl><dt>{t}</dt><dd>{d}</dd></dl>" })),
        (1, Gen.Select(Text, Text, (a, b) => new[] { "<div>", "", a, "", "</div>", "", b })));
}
