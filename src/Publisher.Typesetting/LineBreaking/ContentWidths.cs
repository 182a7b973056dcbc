using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.LineBreaking;

/// <summary>
/// How wide inline content wants to be, for automatic table layout as browsers do it: <see cref="Min"/>
/// is the min-content width (the widest stretch the line breaker may not break: a word, or the part of
/// one up to an explicit or soft hyphen), <see cref="Max"/> the max-content width (the widest line when
/// only &lt;br/&gt; ends lines). <see cref="Glyph"/> is the narrowest measure the breaker can always
/// fill, breaking between letters: the widest character plus a hyphen.
/// </summary>
internal readonly record struct ContentWidths(double Min, double Max, double Glyph)
{
    public static ContentWidths Of(IReadOnlyList<Inline> content, ParagraphFormat format, double smallScale)
    {
        // An infinite measure: no word counts as too wide, so none is cut between letters.
        var list = new ParagraphItemsBuilder(format, smallScale, double.PositiveInfinity).Build(content, null);
        double min = 0, max = 0, word = 0, line = 0;
        foreach (var item in list.Items)
        {
            switch (item.Kind)
            {
                case ItemKind.Box:
                    word += item.Width;
                    line += item.Width;
                    break;
                case ItemKind.Glue:
                    min = Math.Max(min, word);
                    word = 0;
                    line += item.Width;
                    break;
                case ItemKind.Penalty:
                    min = Math.Max(min, word + (item.Flagged ? item.Width : 0));
                    word = 0;
                    if (item.Penalty <= -Item.Infinity)
                    {
                        max = Math.Max(max, line);
                        line = 0;
                    }
                    break;
            }
        }
        double glyph = 0;
        foreach (var piece in list.Pieces)
        {
            var metrics = FontMetrics.For(piece.Style.Face);
            var hyphen = metrics.Width('-', piece.Style.Size);
            foreach (var c in piece.Span) glyph = Math.Max(glyph, metrics.Width(c, piece.Style.Size) + hyphen);
        }
        return new ContentWidths(min, Math.Max(min, max), glyph);
    }
}
