using System.Text;
using Publisher.Core.Model;

namespace Publisher.Pdf.Tests.Properties;

/// <summary>All the text of a body's blocks, in order: inlines, subheads, preformatted text, captions, pictures' alt text, table cells.</summary>
internal static class ModelText
{
    /// <summary>The text; without <paramref name="code"/>, that of preformatted blocks is left out (it shows the source as written).</summary>
    public static string Of(IEnumerable<Block> blocks, bool code = true)
    {
        var text = new StringBuilder();
        foreach (var block in blocks) Append(text, block, code);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Block block, bool code)
    {
        switch (block)
        {
            case Paragraph p: Append(text, p.Inlines); break;
            case Subhead s: Append(text, s.Inlines); break;
            case Preformatted p when code: text.Append(p.Text); break;
            case Figure f: text.Append(f.Image.Caption).Append(' ').Append(f.Image.Credit); break;
            case Picture p: text.Append(p.Alt).Append(' '); Append(text, p.Caption); break;
            case Quote q: foreach (var inner in q.Blocks) Append(text, inner, code); break;
            case ListBlock l: foreach (var inner in l.Items.SelectMany(i => i.Blocks)) Append(text, inner, code); break;
            case Table t:
                Append(text, t.Caption);
                foreach (var cell in t.Rows.SelectMany(r => r.Cells)) Append(text, cell.Inlines);
                break;
        }
        text.Append('\n');
    }

    private static void Append(StringBuilder text, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run: text.Append(run.Text); break;
                case CodeSpan code: text.Append(code.Text); break;
                case Emphasis e: Append(text, e.Content); break;
                case LinkInline l: Append(text, l.Content); break;
                case LineBreak: text.Append('\n'); break;
            }
        }
        text.Append(' ');
    }
}
