using CsCheck;

namespace Publisher.Pdf.Tests.Properties;

/// <summary>
/// Markdown bodies from a grammar of what people write: paragraphs with emphasis, code, links, autolinks, images,
/// entities, control characters, hard breaks and inline HTML; headings; nested lists and quotes; fenced and indented
/// code; pipe tables (alignments, missing and extra cells, escaped pipes); raw HTML blocks (tables, lists, pre,
/// scripts, unknown elements). Words are placeholders numbered at the end (<see cref="MarkdownBody.From"/>), so each
/// is a unique token whose fate the checks can follow.
/// </summary>
internal static class MarkdownBodies
{
    // Placeholders, each one character: a word a reader sees (four scripts), a word no reader sees (a link's URL,
    // a comment), a word that must never reach an output (a script's), and the mark of an image.
    public const char Latin = '\uE000', Hidden = '\uE001', Cyrillic = '\uE002', Greek = '\uE003', Cjk = '\uE004', Secret = '\uE005', Image = '\uE006';

    private static readonly Gen<string> Word = Gen.Frequency(
        (10, Gen.Const(Latin.ToString())),
        (1, Gen.Const(Cyrillic.ToString())),
        (1, Gen.Const(Greek.ToString())),
        (1, Gen.Const(Cjk.ToString())),
        (1, Gen.Int[1, 30].Select(n => Latin + string.Concat(Enumerable.Repeat("abcdeghijk", n))))); // very long words

    private static readonly Gen<string> Words = Word.Array[1, 4].Select(words => string.Join(' ', words));

    /// <summary>Inline HTML, the same inside Markdown and inside an HTML block.</summary>
    private static readonly Gen<string> HtmlAtom = Gen.Frequency(
        (3, Words.Select(w => $"<em>{w}</em>")),
        (2, Words.Select(w => $"<b>{w}</b>")),
        (1, Words.Select(w => $"<i>{w}</i>")),
        (1, Words.Select(w => $"<span>{w}</span>")),
        (1, Words.Select(w => $"<span style=\"color:red\">{w}</span>")),
        (1, Words.Select(w => $"<code>{w}</code>")),
        (1, Words.Select(w => $"<a href=\"https://example.org/{Hidden}\" title=\"{Hidden}\">{w}</a>")),
        (1, Words.Select(w => $"<a href=\"javascript:alert('{Secret}')\">{w}</a>")),
        (1, Words.Select(w => $"<b onclick=\"alert('{Secret}')\">{w}</b>")),
        (2, Gen.OneOf("<br>", "<br/>", "<br />")),
        (1, Words.Select(w => $"<foo>{w}</foo>")),
        (1, Words.Select(w => $"<x-note>{w}</x-note>")),
        (1, Gen.Const($"<script>alert('{Secret}')</script>")),
        (1, Word.Select(w => $"<img alt=\"{w}\" src=\"bild.png\">{Image}")),
        (1, Gen.Const($"<!-- {Hidden} -->")));

    /// <summary>An inline atom in Markdown text (a paragraph, heading or table cell).</summary>
    private static readonly Gen<string> MarkdownAtom = Gen.Frequency(
        (12, Word),
        (3, Words.Select(w => $"*{w}*")),
        (2, Words.Select(w => $"**{w}**")),
        (1, Words.Select(w => $"_{w}_")),
        (1, Words.Select(w => $"***{w}***")),
        (1, Gen.Select(Word, Word, (a, b) => $"{a}*{b}*")),
        (2, Words.Select(w => $"`{w}`")),
        (1, Words.Select(w => $"`` {w} `x` ``")),
        (1, Word.Select(w => $"`<script>{w}</script>`")),
        (2, Words.Select(w => $"[{w}](https://example.org/{Hidden})")),
        (1, Words.Select(w => $"[{w}](https://example.org/{Hidden} \"{Hidden}\")")),
        (1, Words.Select(w => $"[{w}](javascript:alert('{Secret}'))")),
        (1, Words.Select(w => $"![{w}](bild-{Hidden}.png){Image}")),
        (1, Word.Select(w => $"<https://example.org/{w}>")),
        (1, Word.Select(w => $"<{w}@example.org>")),
        (2, Gen.OneOf("&amp;", "&copy;", "&#169;", "&#x1F600;", "&nbsp;", "&bogus;", "&#0;", "&lt;", "&quot;")),
        (1, Gen.OneOf("\u0001", "\u007F", "\u0085", "\u001B")),
        (2, Gen.OneOf(",", ".", "„", "“", "&", "<", ">", "\\*", "—", "😀", "|")),
        (4, HtmlAtom));

    /// <summary>A line of text: it starts with a word, so it never opens a block of another kind.</summary>
    private static Gen<string> Line(Gen<string> atom) =>
        Gen.Select(Word, atom.Array[0, 7], (first, rest) => string.Join(' ', [first, .. rest]));

    private static readonly Gen<string[]> Paragraph =
        Gen.Select(Line(MarkdownAtom).Array[1, 3], Gen.OneOf("\n", "  \n", "\\\n").Array[2], (lines, breaks) =>
            new[] { string.Concat(lines.Select((line, i) => i == 0 ? line : breaks[i % 2] + line)) }.SelectMany(l => l.Split('\n')).ToArray());

    private static readonly Gen<string[]> Heading =
        Gen.Select(Gen.Int[1, 6], Line(MarkdownAtom.Where(a => !a.Contains('\n'))), Gen.Bool,
            (level, text, closed) => new[] { new string('#', level) + " " + text + (closed ? " ##" : "") });

    private static readonly Gen<string> CodeLine = CodeLineOf(scripts: true);

    /// <summary>
    /// A line of code; with <paramref name="scripts"/> it may show a script element or a fence (as text). An indented
    /// code block has neither: where it follows a deeper list item it is that item's paragraph (the script a real one)
    /// or a fence (the words after it its info string).
    /// </summary>
    private static Gen<string> CodeLineOf(bool scripts) => Gen.Frequency(
        (6, Gen.Select(Gen.OneOf("", "", "  ", "    ", "\t", "\t\t", " \t"),
            Gen.Frequency((6, Word), (scripts ? 1 : 0, Word.Select(w => $"<script>{w}</script>")), (1, Word.Select(w => $"*{w}*")),
                (1, Gen.OneOf("| x |", "&amp;", "{", "}", "\t", "<b>")), (scripts ? 1 : 0, Gen.Const("```x"))).Array[1, 5],
            Gen.OneOf(" ", "\t", "  "),
            (indent, atoms, gap) => indent + string.Join(gap, atoms))),
        (1, Gen.OneOf("", "   ", "\t")));

    private static readonly Gen<string[]> FencedCode =
        Gen.Select(Gen.OneOf("```", "~~~", "````"), Gen.OneOf("", "csharp", "text x"), CodeLine.Array[1, 6],
            (fence, info, lines) => (string[])[fence + info, .. lines.Select(l => l.Replace(fence, "x")), fence]);

    /// <summary>A fence never closed: its code runs to the end of the file (so it ends a body, or it would swallow the rest).</summary>
    private static readonly Gen<string[]> UnclosedFence =
        Gen.Select(Gen.OneOf("```", "~~~"), CodeLine.Array[0, 3], (fence, lines) => (string[])[fence, .. lines]);

    private static readonly Gen<string[]> IndentedCode =
        // Four spaces, not a tab: in a list item a tab may reach only the next tab stop, too little for code.
        Gen.Select(Gen.Const("    "), Word, CodeLineOf(scripts: false).Array[0, 5],
            (indent, first, lines) => (string[])[indent + first, .. lines.Select(l => l.Trim().Length == 0 ? l : indent + l)]);

    private static readonly Gen<string> Cell = Gen.Frequency(
        (6, Gen.Select(Word, MarkdownAtom.Where(a => !a.Contains('|') && !a.Contains("<br")).Array[0, 3], (w, rest) => string.Join(' ', [w, .. rest]))),
        (1, Word.Select(w => $"{w} \\| {w}")),
        (1, Word.Select(w => $"`{w} \\| x`")),
        (1, Words.Select(w => $"{w}<br>{w}")),
        (1, Gen.OneOf("", " ")));

    private static readonly Gen<string[]> PipeTable =
        Gen.Int[1, 4].SelectMany(columns => Gen.Select(
            Cell.Array[columns],
            Gen.OneOf("---", ":---", "---:", ":---:", "-").Array[columns],
            Gen.Int[Math.Max(0, columns - 1), columns + 2].SelectMany(n => Cell.Array[n]).Array[0, 4],
            Gen.Bool,
            (head, align, rows, outer) =>
            {
                string Row(string[] cells) => outer ? "| " + string.Join(" | ", cells) + " |" : string.Join(" | ", cells);
                return new[] { Row(head), Row(align) }.Concat(rows.Select(Row)).ToArray();
            }));

    /// <summary>Inline HTML content for an HTML block (no Markdown in it: it is read as HTML).</summary>
    internal static readonly Gen<string> HtmlText = Line(Gen.Frequency((3, Word), (2, HtmlAtom), (1, Gen.OneOf("&amp;", "&lt;", "„", ",", "😀"))));

    internal static readonly Gen<string> HtmlCodeLine = CodeLine.Select(l => l.Replace("<script>", "&lt;script>").Replace("```", "x"));

    public static readonly Gen<MarkdownBody> Body = Gen.Select(Blocks(2).Array[1, 8], Gen.Frequency((6, Gen.Const(Array.Empty<string>())), (1, UnclosedFence)), Gen.Bool, (blocks, last, crlf) =>
    {
        var text = string.Join("\n\n", (last.Length > 0 ? blocks.Append(last) : blocks).Select(lines => string.Join('\n', lines)));
        return MarkdownBody.From(crlf ? text.Replace("\n", "\r\n") : text);
    });

    private static Gen<string[]> Blocks(int depth)
    {
        var leaves = new List<(int, IGen<string[]>)>
        {
            (8, Paragraph), (2, Heading), (2, FencedCode), (1, IndentedCode), (3, PipeTable), (4, HtmlBlocks.Block),
            (1, Gen.OneOf<string[]>(["---"], ["***"], [$"[{Hidden}]: https://example.org/{Hidden}"])),
        };
        if (depth == 0) return Gen.Frequency([.. leaves]);
        var inner = Blocks(depth - 1).Array[1, 3];
        leaves.Add((3, Gen.Select(inner.Array[1, 4], Gen.Bool, Gen.Bool, Gen.OneOf("-", "*", "+"), Containers.List)));
        leaves.Add((2, inner.Select(Containers.Quote)));
        return Gen.Frequency([.. leaves]);
    }
}
