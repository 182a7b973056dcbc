using System.Runtime.InteropServices;

namespace Publisher.Typesetting.LineBreaking;

/// <summary>
/// Knuth–Plass total-fit line breaking: of all ways to break the paragraph into lines no wider
/// than the measure, picks the one with the least total demerits (badness of spacing, penalties,
/// consecutive hyphens, adjacent lines of very different tightness). A line is feasible only when
/// its glue shrinks no more than allowed (ratio ≥ −1) — so no line is ever overfull — and stretches
/// no more than the tolerance.
/// </summary>
public static class KnuthPlassBreaker
{
    private const double LinePenalty = 10;
    private const double DoubleHyphenDemerits = 3000;
    private const double FitnessDemerits = 100;
    private const double LastResortDemerits = 1e16; // more than the loosest possible line: split a word only when nothing else fits

    public sealed record Options(double Tolerance, bool AllowHyphens, bool Final);

    private sealed class Node
    {
        public int Position;
        public int Fitness;
        public double Width, Stretch, Shrink, Demerits, Ratio;
        public bool Flagged;
        public Node? Previous;
    }

    /// <summary>The chosen breaks (the last one ends the paragraph), or null when no feasible set exists.</summary>
    public static IReadOnlyList<LineBreakPoint>? Break(IReadOnlyList<Item> items, double lineWidth, Options options)
    {
        // Items are read through a span (no interface call and no copy of the item per access).
        var itemList = items as List<Item> ?? [.. items];
        var all = CollectionsMarshal.AsSpan(itemList);
        var active = new List<Node> { new() { Position = -1, Fitness = 1 } };
        double sumWidth = 0, sumStretch = 0, sumShrink = 0;
        var best = new (double Demerits, Node? From, double Ratio)[4];

        for (var i = 0; i < all.Length; i++)
        {
            ref readonly var item = ref all[i];
            switch (item.Kind)
            {
                case ItemKind.Box:
                    sumWidth += item.Width;
                    break;
                case ItemKind.Glue:
                    if (i > 0 && all[i - 1].Kind == ItemKind.Box)
                        TryBreak(i, 0, false);
                    sumWidth += item.Width;
                    sumStretch += item.Stretch;
                    sumShrink += item.Shrink;
                    break;
                case ItemKind.Penalty when item.Penalty < Item.Infinity && (!item.Flagged || options.AllowHyphens)
                                          && (item.Penalty < Item.Emergency || options.Final):
                    TryBreak(i, item.Penalty, item.Flagged);
                    break;
            }
            if (active.Count == 0) return null;
        }

        Node? end = null;
        foreach (var node in active)
        {
            if (node.Position == items.Count - 1 && (end is null || node.Demerits < end.Demerits)) end = node;
        }
        if (end is null) return null;
        var breaks = new List<LineBreakPoint>();
        for (var node = end; node.Previous is not null; node = node.Previous)
            breaks.Add(new LineBreakPoint(node.Position, node.Ratio));
        breaks.Reverse();
        return breaks;

        void TryBreak(int position, double penalty, bool flagged)
        {
            var span = CollectionsMarshal.AsSpan(itemList);
            var penaltyWidth = span[position].Kind == ItemKind.Penalty ? span[position].Width : 0;
            Array.Fill(best, (double.MaxValue, null, 0));
            // Deactivated nodes are dropped by compacting the list in place (kept ones move down to `kept`),
            // not by RemoveAt, which would shift the rest of the list once per removed node.
            var kept = 0;
            for (var a = 0; a < active.Count; a++)
            {
                var node = active[a];
                var natural = sumWidth - node.Width + penaltyWidth;
                double ratio;
                if (natural < lineWidth)
                {
                    var stretch = sumStretch - node.Stretch;
                    ratio = stretch > 0 ? (lineWidth - natural) / stretch : double.PositiveInfinity;
                }
                else if (natural > lineWidth)
                {
                    var shrink = sumShrink - node.Shrink;
                    ratio = shrink > 0 ? (lineWidth - natural) / shrink : double.NegativeInfinity;
                }
                else ratio = 0;

                if (ratio >= -1 && (ratio <= options.Tolerance || options.Final))
                {
                    var badness = double.IsPositiveInfinity(ratio) ? 1e7 : Math.Min(1e7, 100 * Math.Pow(Math.Abs(ratio), 3));
                    var demerits = (LinePenalty + badness) * (LinePenalty + badness);
                    // A dearer last resort (the edge of raised text) weighs as that many breaks between letters.
                    if (penalty >= Item.Emergency) demerits += LastResortDemerits * (penalty / Item.Emergency);
                    else if (penalty >= 0) demerits += penalty * penalty;
                    else if (penalty > -Item.Infinity) demerits -= penalty * penalty;
                    if (flagged && node.Flagged) demerits += DoubleHyphenDemerits;
                    var fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
                    if (Math.Abs(fitness - node.Fitness) > 1) demerits += FitnessDemerits;
                    var total = node.Demerits + demerits;
                    if (total < best[fitness].Demerits) best[fitness] = (total, node, ratio);
                }
                if (ratio >= -1 && penalty > -Item.Infinity) active[kept++] = node;
            }
            if (kept < active.Count) active.RemoveRange(kept, active.Count - kept);

            var least = double.MaxValue;
            foreach (var candidate in best) least = Math.Min(least, candidate.Demerits);
            if (least == double.MaxValue) return;
            double width = sumWidth, stretchAfter = sumStretch, shrinkAfter = sumShrink;
            for (var j = position; j < span.Length; j++)
            {
                ref readonly var next = ref span[j];
                if (next.Kind == ItemKind.Box) break;
                if (next.Kind == ItemKind.Glue)
                {
                    width += next.Width;
                    stretchAfter += next.Stretch;
                    shrinkAfter += next.Shrink;
                }
                else if (next.Penalty <= -Item.Infinity && j > position) break;
            }
            for (var fitness = 0; fitness < best.Length; fitness++)
            {
                var (demerits, from, ratio) = best[fitness];
                if (from is null || demerits > least + FitnessDemerits) continue;
                active.Add(new Node
                {
                    Position = position, Fitness = fitness, Width = width, Stretch = stretchAfter, Shrink = shrinkAfter,
                    Demerits = demerits, Ratio = double.IsPositiveInfinity(ratio) ? 0 : ratio, Flagged = flagged, Previous = from,
                });
            }
        }
    }
}
