using System.Runtime.InteropServices;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.LineBreaking;

/// <summary>
/// Sets the lines between chosen breaks: glue gets its natural width plus the line's ratio of
/// stretch or shrink (justified) or stays natural (ragged, or a justified line that would have to
/// stretch beyond <see cref="MaxStretchRatio"/>, so words are never pulled apart). Neighbouring
/// pieces in the same style are merged into one string to draw.
/// </summary>
public static class LineSetter
{
    public const double MaxStretchRatio = 2.5;

    [ThreadStatic] private static PieceMerger? Merger;

    public static List<LineBox> Set(ItemList list, IReadOnlyList<LineBreakPoint> breaks, double lineWidth,
        TextAlignment alignment, double leading, double baseline, TextDirection direction)
    {
        // Right to left, a line that is not justified starts at the right: the styles' Left means the line's start (all
        // of them were written for left-to-right text), as CSS's start; Center and Right stay where they are.
        var fromRight = direction == TextDirection.RightToLeft && alignment is TextAlignment.Left or TextAlignment.Justify;
        var lines = new List<LineBox>(breaks.Count);
        // One scratch list and merger per thread; each line keeps an array of exactly its pieces.
        var merger = Merger ??= new PieceMerger(new List<PlacedText>(32));
        merger.Reset();
        var texts = merger.Texts;
        var items = CollectionsMarshal.AsSpan(list.Items);
        var start = 0;
        for (var b = 0; b < breaks.Count; b++)
        {
            var (end, ratio) = breaks[b];
            var isLast = b == breaks.Count - 1 || items[end].Penalty <= -Item.Infinity;
            var justify = alignment == TextAlignment.Justify && !isLast && ratio <= MaxStretchRatio;
            // A line the breaker shrank must stay shrunk (even a last line), or it would be overfull.
            var appliedRatio = ratio < 0 || justify ? ratio : 0;
            texts.Clear();
            double x = 0;
            var afterGlue = false;
            for (var i = start; i < end; i++)
            {
                ref readonly var item = ref items[i];
                if (item.Kind == ItemKind.Box)
                {
                    merger.Add(x, item.Width, list.Pieces[item.Piece], afterGlue && appliedRatio == 0);
                    x += item.Width;
                    afterGlue = false;
                }
                else if (item.Kind == ItemKind.Glue && item.Piece >= 0)
                {
                    x += item.Width + (appliedRatio >= 0 ? appliedRatio * item.Stretch : appliedRatio * item.Shrink);
                    afterGlue = true;
                }
            }
            ref readonly var breakItem = ref items[end];
            if (breakItem is { Kind: ItemKind.Penalty, Flagged: true, Piece: >= 0 })
            {
                merger.Add(x, breakItem.Width, list.Pieces[breakItem.Piece], false);
                x += breakItem.Width;
            }
            merger.Finish();
            var shift = alignment switch
            {
                TextAlignment.Center => Math.Max(0, (lineWidth - x) / 2),
                TextAlignment.Right => Math.Max(0, lineWidth - x),
                _ when fromRight && !justify => Math.Max(0, lineWidth - x),
                _ => 0,
            };
            if (shift > 0)
            {
                for (var t = 0; t < texts.Count; t++) texts[t] = texts[t] with { X = texts[t].X + shift };
            }
            var (height, lineBaseline) = (leading, baseline);
            RaisedText.Fit(texts, ref height, ref lineBaseline);
            // A break at a penalty that does not end the paragraph or force a new line falls inside a word (the only
            // penalties between words are the forced ones).
            var endsInWord = breakItem.Kind == ItemKind.Penalty && breakItem.Penalty > -Item.Infinity;
            lines.Add(new LineBox(texts.ToArray(), x, height, lineBaseline) { EndsInWord = endsInWord });
            start = NextLineStart(list, end);
        }
        return lines;
    }

    private static int NextLineStart(ItemList list, int breakPosition)
    {
        var i = breakPosition + 1;
        while (i < list.Items.Count && list.Items[i].Kind != ItemKind.Box
               && !(list.Items[i].Kind == ItemKind.Penalty && list.Items[i].Penalty <= -Item.Infinity))
            i++;
        return i;
    }
}
