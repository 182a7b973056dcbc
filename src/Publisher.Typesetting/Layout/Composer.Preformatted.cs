using Publisher.Typesetting.Document;
using Publisher.Typesetting.LineBreaking;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Layout;

public sealed partial class Composer
{
    /// <summary>
    /// Preformatted text in the monospaced family, line for line as written (<see cref="PreformattedSetter"/>):
    /// ragged, never hyphenated; a class may still change size or spacing.
    /// </summary>
    private TextFlow ComposePreformatted(Preformatted pre, BlockAttributes attributes, Context context)
    {
        var format = ApplyClasses(BaseFormat(context) with
        {
            Family = style.MonospaceFamily,
            Size = style.BodySize * style.MonospaceScale,
            LineHeight = 1.3,
            Alignment = TextAlignment.Left,
            SpaceBefore = style.ParagraphSpacing,
            SpaceAfter = style.ParagraphSpacing * 2,
            Hyphenate = false,
        }, attributes.ClassName);
        var (indentLeft, width) = Measure(format, context);
        return Flow(PreformattedSetter.Set(pre.Content, format, width, style.SmallScale), format, attributes, context, indentLeft, width, null);
    }
}
