using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>
/// How deep block quotes, lists and notes may nest in the model. Every output follows the nesting level by level
/// (the shared body template calls itself once per level, and Scriban stops at 64 calls), so a body nested
/// deeper is set at the deepest level: the blocks of a deeper quote or list item stand where it stood, every word
/// kept, only the nesting lost.
/// </summary>
public static class BlockNesting
{
    /// <summary>The deepest level kept: a quote, a list (with its items) or the notes each count one.</summary>
    public const int MaxDepth = 32;

    /// <summary>The warning for a body that was flattened.</summary>
    public static string FlattenedMessage { get; } =
        $"block quotes and lists nested more than {MaxDepth} levels deep are set at level {MaxDepth}: their text is kept, the deeper nesting is not";

    /// <summary>
    /// <paramref name="blocks"/> with the containers more than <paramref name="levels"/> levels deep replaced by their
    /// blocks, and whether any was; the same array when nothing is that deep.
    /// </summary>
    public static ImmutableArray<Block> Flatten(ImmutableArray<Block> blocks, int levels, out bool flattened)
    {
        flattened = Depth(blocks) > levels;
        return flattened ? Rebuild(blocks, levels) : blocks;
    }

    private static ImmutableArray<Block> Rebuild(ImmutableArray<Block> blocks, int levels)
    {
        var result = ImmutableArray.CreateBuilder<Block>(blocks.Length);
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Quote quote when levels <= 0:
                    result.AddRange(Rebuild(quote.Blocks, 0));
                    break;
                case Quote quote:
                    result.Add(new Quote(Rebuild(quote.Blocks, levels - 1)));
                    break;
                case ListBlock list when levels <= 0:
                    foreach (var item in list.Items) result.AddRange(Rebuild(item.Blocks, 0));
                    break;
                case ListBlock list:
                    result.Add(list with { Items = [.. list.Items.Select(item => item with { Blocks = Rebuild(item.Blocks, levels - 1) })] });
                    break;
                case Notes notes:
                    result.Add(new Notes([.. notes.Items.Select(note => note with { Blocks = Rebuild(note.Blocks, Math.Max(0, levels - 1)) })]));
                    break;
                default:
                    result.Add(block);
                    break;
            }
        }
        return result.DrainToImmutable();
    }

    /// <summary>How many quotes and lists stand inside one another at the deepest point of <paramref name="blocks"/>.</summary>
    public static int Depth(ImmutableArray<Block> blocks)
    {
        var deepest = 0;
        foreach (var block in blocks)
        {
            var depth = block switch
            {
                Quote quote => 1 + Depth(quote.Blocks),
                ListBlock list => 1 + list.Items.Select(item => Depth(item.Blocks)).DefaultIfEmpty(0).Max(),
                Notes notes => 1 + notes.Items.Select(note => Depth(note.Blocks)).DefaultIfEmpty(0).Max(),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }
        return deepest;
    }
}
