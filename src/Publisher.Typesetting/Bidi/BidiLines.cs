using System.Text;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.LineBreaking;

namespace Publisher.Typesetting.Bidi;

/// <summary>
/// Puts a paragraph's set lines into drawing order. Lines are broken in logical order; then the levels are resolved
/// over the whole paragraph (the lines' text one after the other, a space where each line was broken), and each line's
/// clusters and spaces are laid out again, from its left end, in the order L1 and L2 give, brackets mirrored (L4). The
/// line keeps its extent, so alignment and justification stay as they were set. A left-to-right paragraph without
/// right-to-left characters is left as it is (one scan of its text).
/// </summary>
internal static class BidiLines
{
    /// <summary>A cluster of a placed text (<see cref="Text"/> ≥ 0), or the space between two placed texts (−1).</summary>
    private readonly record struct Unit(int Text, int Start, int Length, double Width, BidiClass Class, char First = ' ');

    private const int Space = -1;

    public static void Reorder(List<LineBox> lines, TextDirection direction)
    {
        if (direction == TextDirection.LeftToRight && !HasRightToLeft(lines)) return;
        var paragraphLevel = direction == TextDirection.RightToLeft ? 1 : 0;
        var units = new List<Unit>();
        var starts = new int[lines.Count + 1];
        for (var l = 0; l < lines.Count; l++)
        {
            if (l > 0) units.Add(new Unit(Space, 0, 0, 0, BidiClass.WS)); // where the line was broken, not part of a line
            starts[l] = units.Count;
            AddUnits(lines[l], units);
        }
        starts[lines.Count] = units.Count + 1;
        var classes = new BidiClass[units.Count];
        var firsts = new char[units.Count];
        for (var u = 0; u < units.Count; u++) (classes[u], firsts[u]) = (units[u].Class, units[u].First);
        var levels = new byte[units.Count];
        BidiResolver.Resolve(classes, paragraphLevel, levels, firsts);
        for (var l = 0; l < lines.Count; l++)
        {
            var (start, end) = (starts[l], starts[l + 1] - 1);
            if (end > start) lines[l] = Reordered(lines[l], units, classes.AsSpan(start, end - start), levels.AsSpan(start, end - start), start, paragraphLevel);
        }
    }

    private static bool HasRightToLeft(List<LineBox> lines)
    {
        foreach (var line in lines)
            foreach (var text in line.Texts)
                if (BidiClasses.HasRightToLeft(text.Text)) return true;
        return false;
    }

    private static void AddUnits(LineBox line, List<Unit> units)
    {
        var texts = line.Texts;
        for (var t = 0; t < texts.Count; t++)
        {
            var placed = texts[t];
            if (t > 0 && placed.X - (texts[t - 1].X + texts[t - 1].Width) is var gap and > 0.0001)
                units.Add(new Unit(Space, 0, 0, gap, BidiClass.WS));
            var metrics = FontMetrics.For(placed.Style.Face);
            var text = placed.Text;
            for (var i = 0; i < text.Length;)
            {
                var length = BidiReordering.ClusterLength(text, i);
                units.Add(new Unit(t, i, length, metrics.Width(text.AsSpan(i, length), placed.Style.Size), BidiReordering.ClassAt(text, i), text[i]));
                i += length;
            }
        }
    }

    /// <summary>The line in visual order: the units laid out from its left end, neighbours from one placed text merged.</summary>
    private static LineBox Reordered(LineBox line, List<Unit> all, ReadOnlySpan<BidiClass> classes, Span<byte> levels, int first,
        int paragraphLevel)
    {
        BidiReordering.ResetWhitespace(classes, levels, paragraphLevel);
        var order = new int[levels.Length];
        BidiReordering.VisualOrder(levels, order);
        var texts = new List<PlacedText>(line.Texts.Count);
        var builder = new StringBuilder();
        var x = line.Texts[0].X;
        var (open, openX, openWidth) = (Space, 0.0, 0.0);
        foreach (var index in order)
        {
            var unit = all[first + index];
            if (unit.Text != open) Close();
            if (unit.Text == Space)
            {
                x += unit.Width;
                continue;
            }
            var placed = line.Texts[unit.Text];
            if (open == Space) (open, openX, openWidth) = (unit.Text, x, 0.0);
            var cluster = placed.Text.AsSpan(unit.Start, unit.Length);
            var width = unit.Width;
            var mirrored = (levels[index] & 1) == 1 ? BidiReordering.Mirror(cluster[0]) : cluster[0];
            if (mirrored != cluster[0])
                width = FontMetrics.For(placed.Style.Face).Width(mirrored, placed.Style.Size);
            builder.Append(mirrored).Append(cluster[1..]);
            openWidth += width;
            x += width;
        }
        Close();
        return line with { Texts = texts.ToArray() };

        void Close()
        {
            if (open == Space) return;
            texts.Add(new PlacedText(openX, openWidth, builder.ToString(), line.Texts[open].Style));
            builder.Clear();
            open = Space;
        }
    }
}
