using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Layout;

public sealed partial class Composer
{
    /// <summary>The most a pixel is blown up to: 150 dpi, 72/150 points a pixel. A small picture keeps that size.</summary>
    public const double PointsPerPixel = 72.0 / 150;

    /// <summary>The share of the body's height a picture may take at most (scaled down, keeping its aspect ratio).</summary>
    public const double MaxHeightShare = 0.6;

    /// <summary>
    /// A picture: scaled to the width its block has in the column, no more than <see cref="PointsPerPixel"/> a pixel and
    /// no higher than <see cref="MaxHeightShare"/> of the body, centred; its caption after it, in the <c>figcaption</c>
    /// class, kept with it. Tagged PDF (PDF/UA-1 §7.3): a picture with alt text is a <c>Figure</c> with that /Alt and its
    /// caption a <c>Caption</c> beside it (not inside: a reader speaks a Figure's /Alt in place of its content, and would
    /// skip the caption); a picture with an empty alt is decorative, so it is drawn as an artifact (a Figure without
    /// /Alt would fail PDF/UA, and a Figure with an empty /Alt announces an image with nothing to say about it), and
    /// its caption, if any, is a plain <c>P</c>.
    /// </summary>
    private void ComposeFigure(PictureBlock figure, BlockAttributes attributes, Context context, List<Flowable> output)
    {
        var (indentLeft, width) = Measure(ParagraphFormatFor(attributes, context), context);
        var (pictureWidth, pictureHeight) = PictureSize(figure.Image.Width, figure.Image.Height, width, style.ContentHeight * MaxHeightShare);
        var captioned = figure.Caption.Count > 0;
        var space = style.BodySize * 0.6;
        var figureNode = figure.Alt.Length > 0 ? new StructureNode("Figure", context.Parent, attributes.Language) { Alt = figure.Alt } : null;
        output.Add(new PictureFlow
        {
            Source = figure.Source,
            Image = figure.Image,
            Left = indentLeft + (width - pictureWidth) / 2,
            Width = pictureWidth,
            Height = pictureHeight,
            SpaceBefore = space,
            SpaceAfter = captioned ? 3 : space + style.ParagraphSpacing,
            Attributes = attributes,
            Node = figureNode,
            KeepWithNext = captioned,
        });
        if (!captioned) return;
        var format = ApplyClasses(BaseFormat(context), "figcaption " + attributes.ClassName) with { SpaceAfter = space + style.ParagraphSpacing };
        var captionAttributes = BlockAttributes.None with { Language = attributes.Language, Direction = attributes.Direction };
        output.Add(ComposeText(figure.Caption, format, captionAttributes, context, null)
            with { Node = new StructureNode(figureNode is null ? "P" : "Caption", context.Parent, attributes.Language) });
    }

    /// <summary>
    /// A picture's size in points: as wide as <paramref name="maxWidth"/> allows, at most <see cref="PointsPerPixel"/> a
    /// pixel, at most <paramref name="maxHeight"/> high; the aspect ratio kept.
    /// </summary>
    public static (double Width, double Height) PictureSize(int pixelWidth, int pixelHeight, double maxWidth, double maxHeight)
    {
        var scale = Math.Min(PointsPerPixel, Math.Min(maxWidth / pixelWidth, maxHeight / pixelHeight));
        return (pixelWidth * scale, pixelHeight * scale);
    }
}
