using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.LineBreaking;

namespace Publisher.Typesetting.Layout;

public sealed partial class Composer
{
    private const int QuoteRuleColor = 0xA0A0A0;
    private const double MarkerGap = 5;

    /// <summary>
    /// The narrowest measure nesting leaves for text: a third of the column, at least 12 ems of body text (never more
    /// than the column). Quotes and lists nested deeper than that stop indenting, so any depth still sets.
    /// </summary>
    private double MinimumMeasure => Math.Min(style.ColumnWidth, Math.Max(style.ColumnWidth / 3, 12 * style.BodySize));

    /// <summary>Whether indenting by <paramref name="left"/> and <paramref name="right"/> more still leaves <see cref="MinimumMeasure"/>.</summary>
    private bool CanIndent(Context context, double left, double right) =>
        style.ColumnWidth - context.IndentLeft - context.IndentRight - left - right >= MinimumMeasure - 0.001;

    private void ComposeQuote(BlockQuote quote, Context context, List<Flowable> output)
    {
        // Too deep to indent further: the quote's text stands where its parent's does, beside the parent's rule.
        var inner = !CanIndent(context, style.QuoteIndent, style.QuoteIndent / 2) ? context
            : context.RightToLeft ? context with
            {
                IndentLeft = context.IndentLeft + style.QuoteIndent / 2,
                IndentRight = context.IndentRight + style.QuoteIndent,
                Rule = (style.ColumnWidth - context.IndentRight - style.QuoteIndent * 0.4, QuoteRuleColor),
            }
            : context with
            {
                IndentLeft = context.IndentLeft + style.QuoteIndent,
                IndentRight = context.IndentRight + style.QuoteIndent / 2,
                Rule = (context.IndentLeft + style.QuoteIndent * 0.4, QuoteRuleColor),
            };
        inner = inner with { Parent = Element("BlockQuote", quote.Attributes, context) };
        var start = output.Count;
        foreach (var child in quote.Children) ComposeBlock(child, inner, output);
        if (output.Count > start && quote.Attributes != BlockAttributes.None)
            output[start] = Retag(output[start], quote.Attributes);
    }

    private void ComposeList(ListBlock list, Context context, List<Flowable> output)
    {
        // Too deep to indent further: the items' markers stand where the enclosing list's do.
        var inner = !CanIndent(context, style.ListIndent, 0) ? context
            : context.RightToLeft ? context with { IndentRight = context.IndentRight + style.ListIndent }
            : context with { IndentLeft = context.IndentLeft + style.ListIndent };
        var number = list.Start - 1;
        var start = output.Count;
        var itemStarts = new List<int>(list.Items.Count);
        var listNode = Element("L", list.Attributes, context);
        foreach (var item in list.Items)
        {
            itemStarts.Add(output.Count);
            number++;
            // LI: the marker is its Lbl, its blocks stand in its LBody.
            var itemNode = new StructureNode("LI", listNode);
            var label = new StructureNode("Lbl", itemNode);
            var itemContext = inner with { Parent = new StructureNode("LBody", itemNode) };
            var marker = item.Marker ?? (list.Ordered ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{number}.") : "•");
            if (inner.RightToLeft) marker = Bidi.BidiText.Visual(marker, TextDirection.RightToLeft); // "1." reads ".1" from the right
            var first = true;
            foreach (var child in item.Children)
            {
                var childStart = output.Count;
                ComposeBlock(child, itemContext, output);
                if (!first || output.Count == childStart || output[childStart] is not TextFlow flow) continue;
                first = false;
                output[childStart] = WithMarker(flow, marker, inner.RightToLeft) with { MarkerNode = label };
            }
        }
        KeepShortEndItems(output, itemStarts);
        if (output.Count > start && list.Attributes != BlockAttributes.None)
            output[start] = Retag(output[start], list.Attributes);
    }

    /// <summary>
    /// A list's short last item (one block of no more lines than the widow rule carries) is not carried alone to a new
    /// column: it keeps with the item before. A short first item (no more lines than the orphan rule leaves) is not left
    /// alone at a column's foot: it keeps with the second item and with what introduces the list. How far the break
    /// moves up is the paginator's to decide (<see cref="Flowable.KeepWithPrevious"/>).
    /// </summary>
    private void KeepShortEndItems(List<Flowable> output, List<int> itemStarts)
    {
        if (itemStarts.Count < 2) return;
        int ItemEnd(int item) => item + 1 < itemStarts.Count ? itemStarts[item + 1] : output.Count;
        bool Short(int item, int lines) =>
            ItemEnd(item) - itemStarts[item] == 1 && output[itemStarts[item]] is TextFlow { LineCount: > 0 } flow && flow.LineCount <= lines;
        var last = itemStarts.Count - 1;
        if (Short(last, style.Widows) && ItemEnd(last - 1) > itemStarts[last - 1])
            output[itemStarts[last]] = output[itemStarts[last]] with { KeepWithPrevious = true };
        if (Short(0, style.Orphans) && ItemEnd(1) > itemStarts[1])
            output[itemStarts[0]] = output[itemStarts[0]] with { KeepWithNext = true, KeepWithPrevious = true };
    }

    private TextFlow WithMarker(TextFlow flow, string label, bool rightToLeft)
    {
        // The marker takes the face and colour of the item's first text, set on the baseline (a superscript's size would
        // be too small: the first text on the baseline is used when there is one).
        var texts = flow.Lines.Count > 0 ? flow.Lines[0].Texts : [];
        if (texts.Count == 0) return flow;
        var firstText = texts[0].Style;
        foreach (var text in texts)
        {
            if (text.Style.Rise != 0) continue;
            firstText = text.Style;
            break;
        }
        var (face, marker) = MarkerFace(firstText.Face, label);
        var piece = firstText with { Text = marker, Face = face, Size = firstText.Size * MarkerScale(firstText.Face, face, marker), Link = null, Strikethrough = false, Rise = 0 };
        var width = FontMetrics.For(piece.Face).Width(marker, piece.Size);
        return flow with { Marker = new PlacedText(rightToLeft ? flow.LineWidth + MarkerGap : -width - MarkerGap, width, piece) };
    }

    /// <summary>
    /// The face to draw a marker in: the item text's, else the monospaced family's (DejaVu Sans Mono has the ballot boxes
    /// Noto lacks); where neither has its glyphs, a ballot box is drawn as the brackets it was written as, [ ] or [x].
    /// </summary>
    private (FontFaceKey Face, string Text) MarkerFace(FontFaceKey face, string label)
    {
        static bool Draws(FontFaceKey face, string text) =>
            text.All(c => GlyphCoverage.Of(FontLibrary.Shared.Resolve(face)).Contains(c));
        if (Draws(face, label)) return (face, label);
        var monospaced = new FontFaceKey(style.MonospaceFamily, face.Bold, false);
        if (Draws(monospaced, label)) return (monospaced, label);
        return (face, label == "\u2610" ? "[ ]" : "[x]");
    }

    /// <summary>
    /// How much larger than the text a marker is set: a ballot box as tall as the text's capitals (DejaVu Sans Mono's box
    /// is only as tall as its x, half an em: beside Noto Serif it is set at 1.42 times the size); any other marker at the text's size.
    /// </summary>
    private static double MarkerScale(FontFaceKey textFace, FontFaceKey markerFace, string marker)
    {
        if (marker is not ([>= '\u2610' and <= '\u2612'])) return 1;
        var capital = FontMetrics.For(textFace).GlyphTop('H');
        var box = FontMetrics.For(markerFace).GlyphTop(marker[0]);
        return capital > 0 && box > 0 ? Math.Clamp(capital / box, 1, 2) : 1;
    }

    /// <summary>The quote's or list's attributes on its first flowable; that block's own win, both ids stay anchors.</summary>
    private static Flowable Retag(Flowable flow, BlockAttributes attributes) => flow with { Attributes = flow.Attributes.Inside(attributes) };
}
