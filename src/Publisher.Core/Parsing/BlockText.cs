using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>The texts a block shows, one per paragraph, subhead, caption, cell or code block, in reading order.</summary>
public static class BlockText
{
    public static IEnumerable<string?> Texts(Block block) => block switch
    {
        Paragraph p => [InlineText.Plain(p.Inlines)],
        Subhead s => [InlineText.Plain(s.Inlines)],
        Quote q => q.Blocks.SelectMany(Texts),
        ListBlock l => l.Items.SelectMany(i => i.Blocks).SelectMany(Texts),
        Figure f => [f.Image.Caption, f.Image.Credit],
        Picture p => [p.Alt, InlineText.Plain(p.Caption)],
        Preformatted p => [p.Text],
        Notes n => n.Items.SelectMany(note => note.Blocks).SelectMany(Texts),
        Table t => t.Rows.SelectMany(r => r.Cells).Select(c => InlineText.Plain(c.Inlines)).Prepend(InlineText.Plain(t.Caption)),
        _ => [],
    };
}
