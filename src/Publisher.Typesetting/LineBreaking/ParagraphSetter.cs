using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.Hyphenation;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.LineBreaking;

/// <summary>
/// Breaks one paragraph into lines in up to three passes, like TeX: first without hyphenation and
/// a strict tolerance, then with hyphenation and a looser one, finally accepting any line that is
/// not overfull (loose lines are then set ragged rather than stretched).
/// </summary>
public static class ParagraphSetter
{
    private static readonly KnuthPlassBreaker.Options FirstPass = new(1.0, false, false);
    private static readonly KnuthPlassBreaker.Options SecondPass = new(2.0, true, false);
    private static readonly KnuthPlassBreaker.Options FinalPass = new(double.PositiveInfinity, true, true);

    private const int MaxKeptItems = 16_384;
    [ThreadStatic] private static ItemList? PlainItems;
    [ThreadStatic] private static ItemList? HyphenatedItems;

    public static List<LineBox> Set(IReadOnlyList<Inline> content, ParagraphFormat format, double lineWidth,
        double smallScale, HyphenationLibrary hyphenation)
    {
        content = Bidi.ArabicShaping.Apply(content, format); // the letters' joining forms are what is measured and drawn
        var hyphenator = format.Hyphenate ? hyphenation.For(format.Language) : null;
        var builder = new ParagraphItemsBuilder(format, smallScale, lineWidth, hyphenator);
        var baseline = BaselineOf(format);

        // Items live only while one paragraph is broken and set: each thread reuses its two lists.
        var plain = builder.Build(content, null, PlainItems ??= new ItemList(256));
        var breaks = KnuthPlassBreaker.Break(plain.Items, lineWidth, FirstPass);
        var list = plain;
        if (breaks is null)
        {
            list = hyphenator is null or NoHyphenation ? plain : builder.Build(content, hyphenator, HyphenatedItems ??= new ItemList(256));
            breaks = KnuthPlassBreaker.Break(list.Items, lineWidth, SecondPass)
                     ?? KnuthPlassBreaker.Break(list.Items, lineWidth, FinalPass)
                     ?? throw new InvalidOperationException("line breaker found no feasible breaks in its final pass");
        }
        var lines = LineSetter.Set(list, breaks, lineWidth, format.Alignment, format.Leading, baseline, format.Direction);
        Bidi.BidiLines.Reorder(lines, format.Direction);
        if (list.Items.Capacity > MaxKeptItems)
        {
            PlainItems = null; // an unusually long paragraph's lists are not kept
            HyphenatedItems = null;
        }
        return lines;
    }

    /// <summary>The baseline's distance from a line's top: the ink (ascent + descent) centred in the leading.</summary>
    internal static double BaselineOf(ParagraphFormat format)
    {
        var metrics = FontMetrics.For(format.Face);
        var inkHeight = (metrics.Ascent + metrics.Descent) * format.Size / 1000;
        return (format.Leading - inkHeight) / 2 + metrics.Ascent * format.Size / 1000;
    }
}
