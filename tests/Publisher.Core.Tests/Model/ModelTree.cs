using System.Collections.Immutable;
using System.Text;
using Publisher.Core.Model;

namespace Publisher.Core.Tests.Model;

/// <summary>Body blocks and inlines as text, every node and field in order: records compare their arrays by reference, this by content.</summary>
internal static class ModelTree
{
    /// <summary>The tree as text, every node and field in order.</summary>
    public static string Describe(ImmutableArray<Block> blocks) => string.Join(" ", blocks.Select(Describe));

    private static string Describe(Block block) => block switch
    {
        Paragraph p => $"Paragraph({Describe(p.Inlines)})",
        Subhead s => $"Subhead({s.Level}: {Describe(s.Inlines)})",
        Quote q => $"Quote({Describe(q.Blocks)})",
        ListBlock l => $"List({l.Ordered} from {l.Start}: {string.Join(" | ", l.Items.Select(i => (i.Task == TaskMark.None ? "" : $"[{i.Task}] ") + Describe(i.Blocks)))})",
        Figure f => $"Figure({f.Image.Caption}, {f.Image.Credit ?? "null"})",
        Picture p => $"Picture({p.Source}, {p.Alt}, line {p.Line}: {Describe(p.Caption)})",
        Preformatted p => $"Pre({p.Text})",
        ThematicBreak => "Break",
        Notes n => $"Notes({string.Join(" | ", n.Items.Select(note => $"{note.Number}: {Describe(note.Blocks)}"))})",
        Table t => $"Table({t.HeaderRows}, {t.FooterRows}, [{string.Join(", ", t.Alignments)}], {Describe(t.Caption)}: "
            + string.Join(" / ", t.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => $"{c.ColumnSpan}x{c.RowSpan} {c.Alignment} {Describe(c.Inlines)}")))) + ")",
        _ => throw new InvalidOperationException(block.GetType().Name),
    };

    public static string Describe(ImmutableArray<Inline> inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            text.Append(inline switch
            {
                TextRun t => $"Text({t.Text})",
                Emphasis e => $"Emphasis({e.Kind}: {Describe(e.Content)})",
                LinkInline l => $"Link({Describe(l.Content)} → {l.Url?.OriginalString ?? "null"} #{l.Reference?.ToString() ?? "null"})",
                LineBreak => "Break",
                NoteReference n => $"NoteRef({n.Number})",
                CodeSpan c => $"Code({c.Text})",
                _ => throw new InvalidOperationException(inline.GetType().Name),
            });
            text.Append(' ');
        }
        return text.ToString();
    }
}
