using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.LineBreaking;

namespace Publisher.Typesetting.Layout;

public sealed partial class Composer
{
    private const int QuoteRuleColor = 0xA0A0A0;

    private void ComposeQuote(BlockQuote quote, Context context, List<Flowable> output)
    {
        var inner = context with
        {
            IndentLeft = context.IndentLeft + style.QuoteIndent,
            IndentRight = context.IndentRight + style.QuoteIndent / 2,
            Rule = (context.IndentLeft + style.QuoteIndent * 0.4, QuoteRuleColor),
        };
        var start = output.Count;
        foreach (var child in quote.Children) ComposeBlock(child, inner, output);
        if (output.Count > start && quote.Attributes != BlockAttributes.None && output[start].Attributes == BlockAttributes.None)
            output[start] = Retag(output[start], quote.Attributes);
    }

    private void ComposeList(ListBlock list, Context context, List<Flowable> output)
    {
        var inner = context with { IndentLeft = context.IndentLeft + style.ListIndent };
        var number = 0;
        var start = output.Count;
        foreach (var item in list.Items)
        {
            number++;
            var label = list.Ordered ? $"{number}." : "•";
            var first = true;
            foreach (var child in item.Children)
            {
                var childStart = output.Count;
                ComposeBlock(child, inner, output);
                if (!first || output.Count == childStart || output[childStart] is not TextFlow flow) continue;
                first = false;
                output[childStart] = WithMarker(flow, label);
            }
        }
        if (output.Count > start && list.Attributes != BlockAttributes.None && output[start].Attributes == BlockAttributes.None)
            output[start] = Retag(output[start], list.Attributes);
    }

    private static TextFlow WithMarker(TextFlow flow, string label)
    {
        var firstText = flow.Lines.Count > 0 && flow.Lines[0].Texts.Count > 0 ? flow.Lines[0].Texts[0].Style : null;
        if (firstText is null) return flow;
        var piece = firstText with { Text = label, Link = null, Strikethrough = false };
        var width = FontMetrics.For(piece.Face).Width(label, piece.Size);
        return flow with { Marker = new PlacedText(-width - 5, width, piece) };
    }

    private static Flowable Retag(Flowable flow, BlockAttributes attributes) => flow with { Attributes = attributes };
}
