using System.Collections.Immutable;

namespace Publisher.Core.Model;

/// <summary>Finds the pictures in a body, in document order, wherever they stand (in quotes, lists, table-free blocks, notes).</summary>
public static class Pictures
{
    public static IEnumerable<Picture> In(ImmutableArray<Block> blocks)
    {
        if (blocks.IsDefault) yield break;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Picture picture: yield return picture; break;
                case Quote quote: foreach (var p in In(quote.Blocks)) yield return p; break;
                case ListBlock list:
                    foreach (var item in list.Items)
                        foreach (var p in In(item.Blocks)) yield return p;
                    break;
                case Notes notes:
                    foreach (var note in notes.Items)
                        foreach (var p in In(note.Blocks)) yield return p;
                    break;
            }
        }
    }
}
