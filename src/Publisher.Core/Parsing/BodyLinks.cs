using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>Gives the links of a body new targets by their numbers, everything else as it was.</summary>
public static class BodyLinks
{
    /// <summary>
    /// <paramref name="blocks"/> with each link whose <see cref="LinkInline.Reference"/> is a key of
    /// <paramref name="urls"/> leading to that URL instead.
    /// </summary>
    public static ImmutableArray<Block> Retarget(ImmutableArray<Block> blocks, IReadOnlyDictionary<int, Uri> urls) =>
        urls.Count == 0 ? blocks : [.. blocks.Select(b => Retarget(b, urls))];

    private static Block Retarget(Block block, IReadOnlyDictionary<int, Uri> urls) => block switch
    {
        Paragraph p => new Paragraph(Retarget(p.Inlines, urls)),
        Quote q => new Quote(Retarget(q.Blocks, urls)),
        ListBlock l => l with { Items = [.. l.Items.Select(i => new ListItem(Retarget(i.Blocks, urls)))] },
        Table t => t with
        {
            Caption = Retarget(t.Caption, urls),
            Rows = [.. t.Rows.Select(r => new TableRow([.. r.Cells.Select(c => c with { Inlines = Retarget(c.Inlines, urls) })]))],
        },
        Notes n => new Notes([.. n.Items.Select(note => note with { Blocks = Retarget(note.Blocks, urls) })]),
        _ => block,
    };

    private static ImmutableArray<Inline> Retarget(ImmutableArray<Inline> inlines, IReadOnlyDictionary<int, Uri> urls) =>
        inlines.IsDefaultOrEmpty ? inlines : [.. inlines.Select(i => Retarget(i, urls))];

    private static Inline Retarget(Inline inline, IReadOnlyDictionary<int, Uri> urls) => inline switch
    {
        LinkInline l => l with
        {
            Url = l.Reference is { } number && urls.TryGetValue(number, out var url) ? url : l.Url,
            Content = Retarget(l.Content, urls),
        },
        Emphasis e => e with { Content = Retarget(e.Content, urls) },
        _ => inline,
    };
}
