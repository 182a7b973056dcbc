using Publisher.Typesetting.Document;
using Publisher.Typesetting.Rendering;

namespace Publisher.Typesetting.Markup;

public sealed partial class XhtmlReader
{
    /// <summary>
    /// &lt;figure&gt; with an &lt;img&gt; (and maybe a &lt;figcaption&gt;), a lone &lt;img&gt;, or a &lt;p&gt; holding
    /// only an &lt;img&gt;: a <see cref="PictureBlock"/> when the caller's resolver gives an image the typesetter can embed,
    /// else the alt text and caption as a paragraph of class <c>figure</c> (no text is lost). Null for a figure without
    /// an image (read as a container).
    /// </summary>
    private List<Block>? ReadFigure(MarkupElement element)
    {
        var image = element.LocalName == "img" ? element : OnlyImage(element);
        if (image is null) return null;
        var caption = element.LocalName == "figure" && element.FirstChild("figcaption") is { } figcaption ? ReadInlineContent(figcaption) : [];
        var alt = Collapse(image.GetAttribute("alt") ?? "");
        var attributes = AttributesOf(element, null);
        var src = image.GetAttribute("src")?.Trim() ?? "";
        if (Resolve(image, src) is { } resolved) return [new PictureBlock(src, resolved, alt, caption) { Attributes = attributes }];

        List<Inline> text = alt.Length > 0 ? [new TextRun(alt)] : [];
        if (text.Count > 0 && caption.Count > 0) text.Add(new HardBreak());
        text.AddRange(caption);
        if (text.Count == 0) return [];
        return [new Paragraph(text) { Attributes = attributes with { ClassName = attributes.ClassName is { } own ? own + " figure" : "figure" } }];
    }

    /// <summary>
    /// The image a figure (or a paragraph) shows: its one &lt;img&gt; child, beside one figcaption and white space only
    /// (a figure with more is read as a container, so no caption is lost).
    /// </summary>
    private static MarkupElement? OnlyImage(MarkupElement container)
    {
        MarkupElement? image = null;
        var captions = 0;
        foreach (var child in container.Children)
        {
            switch (child)
            {
                case MarkupElement { LocalName: "img" } img when image is null:
                    image = img;
                    break;
                case MarkupElement { LocalName: "figcaption" } when container.LocalName == "figure" && ++captions == 1:
                    break;
                case MarkupText text when string.IsNullOrWhiteSpace(text.Data):
                    break;
                default:
                    return null;
            }
        }
        return image;
    }

    /// <summary>The image for <paramref name="src"/> from the caller's resolver; null, with a warning, when it has none or it cannot be embedded.</summary>
    private PictureImage? Resolve(MarkupElement image, string src)
    {
        if (src.Length == 0)
        {
            Warn(image, "<img> without src; its alt text is set instead");
            return null;
        }
        var resolved = _pictures?.Invoke(src);
        if (resolved is null)
        {
            Warn(image, $"image '{src}' was not found; its alt text is set instead");
            return null;
        }
        if (ImageData.Problem(resolved) is { } problem)
        {
            Warn(image, $"image '{src}' cannot be embedded ({problem}); its alt text is set instead");
            return null;
        }
        return resolved;
    }
}
