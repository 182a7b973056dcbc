using System.Text;
using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Bidi;

/// <summary>
/// A string of one line in visual order, left to right, as it is drawn: a paragraph of its own, resolved and reordered by
/// UAX #9 (<see cref="BidiResolver"/>, <see cref="BidiReordering"/>). Text that is drawn without line breaking (running
/// headers) goes through this; set lines go through <see cref="BidiLines"/>.
/// </summary>
public static class BidiText
{
    /// <summary>
    /// A line for a painter that knows no scripts (the EPUB cover, drawn glyph by glyph from the left): Arabic letters in
    /// their joining forms (the fallback face's, DejaVu Sans), then in visual order, the line's direction that of its
    /// first strong letter (UAX #9's rules P2 and P3, as a browser sets <c>dir="auto"</c>). Text without right-to-left
    /// letters is returned as it is.
    /// </summary>
    public static string Drawn(string text)
    {
        if (!BidiClasses.HasRightToLeft(text)) return text;
        return Visual(ArabicShaping.Apply(text, Fonts.FontLibrary.FallbackFamily), FirstStrong(text));
    }

    private static TextDirection FirstStrong(string text)
    {
        for (var i = 0; i < text.Length; i += BidiReordering.ClusterLength(text, i))
        {
            switch (BidiReordering.ClassAt(text, i))
            {
                case BidiClass.L: return TextDirection.LeftToRight;
                case BidiClass.R or BidiClass.AL: return TextDirection.RightToLeft;
            }
        }
        return TextDirection.LeftToRight;
    }

    public static string Visual(string text, TextDirection direction)
    {
        if (direction == TextDirection.LeftToRight && !BidiClasses.HasRightToLeft(text)) return text;
        var starts = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i += BidiReordering.ClusterLength(text, i)) starts.Add(i);
        starts.Add(text.Length);
        var count = starts.Count - 1;
        var classes = new BidiClass[count];
        var firsts = new char[count];
        for (var c = 0; c < count; c++) (classes[c], firsts[c]) = (BidiReordering.ClassAt(text, starts[c]), text[starts[c]]);
        var paragraphLevel = direction == TextDirection.RightToLeft ? 1 : 0;
        var levels = new byte[count];
        BidiResolver.Resolve(classes, paragraphLevel, levels, firsts);
        BidiReordering.ResetWhitespace(classes, levels, paragraphLevel);
        var order = new int[count];
        BidiReordering.VisualOrder(levels, order);
        var visual = new StringBuilder(text.Length);
        foreach (var c in order)
        {
            var cluster = text.AsSpan(starts[c], starts[c + 1] - starts[c]);
            visual.Append((levels[c] & 1) == 1 ? BidiReordering.Mirror(cluster[0]) : cluster[0]).Append(cluster[1..]);
        }
        return visual.ToString();
    }
}
