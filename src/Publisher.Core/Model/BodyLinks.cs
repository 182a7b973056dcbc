using System.Collections.Immutable;

namespace Publisher.Core.Model;

/// <summary>The links of an article's body: found in document order, or given new targets by their numbers.</summary>
public static class BodyLinks
{
    /// <summary>The links in <paramref name="blocks"/>, in document order (a link before the links inside its text).</summary>
    public static List<LinkInline> In(ImmutableArray<Block> blocks)
    {
        var links = new List<LinkInline>();
        Add(blocks, links);
        return links;
    }

    /// <summary>
    /// <paramref name="blocks"/> with each link whose <see cref="LinkInline.Reference"/> is a key of
    /// <paramref name="urls"/> leading to that URL instead.
    /// </summary>
    public static ImmutableArray<Block> Retarget(ImmutableArray<Block> blocks, IReadOnlyDictionary<int, Uri> urls) =>
        urls.Count == 0 ? blocks : [.. blocks.Select(b => Retarget(b, urls))];

    // Loops rather than nested SelectMany: an iterator and an enumerator per block and per inline cost more than the links.
    private static void Add(ImmutableArray<Block> blocks, List<LinkInline> links)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p: Add(p.Inlines, links); break;
                case Subhead h: Add(h.Inlines, links); break;
                case Quote q: Add(q.Blocks, links); break;
                case ListBlock l:
                    foreach (var item in l.Items) Add(item.Blocks, links);
                    break;
                case Table t:
                    Add(t.Caption, links);
                    foreach (var row in t.Rows)
                        foreach (var cell in row.Cells) Add(cell.Inlines, links);
                    break;
                case Notes n:
                    foreach (var note in n.Items) Add(note.Blocks, links);
                    break;
            }
        }
    }

    private static void Add(ImmutableArray<Inline> inlines, List<LinkInline> links)
    {
        if (inlines.IsDefault) return;
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case LinkInline link:
                    links.Add(link);
                    Add(link.Content, links);
                    break;
                case Emphasis e: Add(e.Content, links); break;
            }
        }
    }

    private static Block Retarget(Block block, IReadOnlyDictionary<int, Uri> urls) => block switch
    {
        Paragraph p => new Paragraph(Retarget(p.Inlines, urls)),
        Subhead h => h with { Inlines = Retarget(h.Inlines, urls) },
        Quote q => new Quote(Retarget(q.Blocks, urls)),
        ListBlock l => l with { Items = [.. l.Items.Select(i => i with { Blocks = Retarget(i.Blocks, urls) })] },
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
