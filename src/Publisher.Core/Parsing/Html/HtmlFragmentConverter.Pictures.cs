using AngleSharp.Dom;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing.Html;

/// <summary>
/// Images in raw HTML: one standing alone (<c>&lt;img&gt;</c> among blocks, <c>&lt;p&gt;&lt;img&gt;&lt;/p&gt;</c>, or
/// <c>&lt;figure&gt;</c> with its <c>&lt;figcaption&gt;</c>) is a <see cref="Picture"/>, as a Markdown image alone in its
/// paragraph is; one among text keeps only its alt text, with a warning.
/// </summary>
public sealed partial class HtmlFragmentConverter
{
    /// <summary>Elements that stand as blocks beside a lone image: an image between them is not part of any text.</summary>
    private static readonly HashSet<string> BlockElements =
    [
        "p", "div", "section", "article", "header", "footer", "main", "aside", "figure", "details", "dl", "table", "pre",
        "blockquote", "hr", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    ];

    /// <summary>The blocks of <paramref name="element"/> when it is a lone picture (see the type's summary); else null.</summary>
    private IEnumerable<Block>? LonePicture(IElement element)
    {
        switch (element.LocalName)
        {
            case "img" when StandsAlone(element):
                return PictureOf(element, PictureBlocks.Caption(element.GetAttribute("title")));
            case "p" when OnlyImage(element) is { } image:
                return PictureOf(image, PictureBlocks.Caption(image.GetAttribute("title")));
            case "a" when StandsAlone(element) && OnlyImage(element) is { } linked:
                return PictureOf(linked, PictureBlocks.Caption(linked.GetAttribute("title")));
            case "figure":
                var images = element.QuerySelectorAll("img");
                var captions = element.Children.Where(c => c.LocalName == "figcaption").ToList();
                // Text beside the image other than its caption makes the figure more than a picture: kept as text, as before.
                if (images.Length != 1 || captions.Count > 1 || images[0].Ancestors<IElement>().Any(a => a.LocalName == "figcaption")
                    || HasTextBeside(element, captions)) return null;
                var caption = captions.Count == 1 ? InlineText.Tidy(captions[0].ChildNodes.SelectMany(ToInlines)) : PictureBlocks.Caption(images[0].GetAttribute("title"));
                return PictureOf(images[0], caption);
            default:
                return null;
        }
    }

    /// <summary>
    /// The image a paragraph or link holds and nothing else; an image inside a link as well (a thumbnail linking to a
    /// larger copy): the link is dropped, as a picture block holds no link and the picture is what the reader came for.
    /// </summary>
    private static IElement? OnlyImage(IElement element)
    {
        if (element.ChildNodes.Any(n => n is IText t && !string.IsNullOrWhiteSpace(t.Data))) return null;
        if (element.Children is not [var only]) return null;
        return only.LocalName switch
        {
            "img" => only,
            "a" => OnlyImage(only),
            _ => null,
        };
    }

    /// <summary>Whether an image's (or its link's) neighbours are only blocks and white space: it is no part of a line of text.</summary>
    private static bool StandsAlone(IElement element) =>
        element.Parent!.ChildNodes.All(n => n == element || n is IComment || (n is IText t && string.IsNullOrWhiteSpace(t.Data))
            || (n is IElement e && BlockElements.Contains(e.LocalName)));

    /// <summary>Whether a figure holds words outside its captions (and the image's alt text, which is no text node).</summary>
    private static bool HasTextBeside(IElement figure, List<IElement> captions) =>
        figure.Descendants<IText>().Any(t => !string.IsNullOrWhiteSpace(t.Data) && !captions.Any(c => c.Contains(t)));

    private IEnumerable<Block> PictureOf(IElement image, System.Collections.Immutable.ImmutableArray<Inline> caption) =>
        PictureBlocks.Of(image.GetAttribute("src"), image.GetAttribute("alt") ?? "", caption, LineOf(image), _context);

    /// <summary>An image among text: as in Markdown, only its alt text is kept, and that is reported.</summary>
    private IEnumerable<Inline> Image(IElement image)
    {
        Warn(LineOf(image), ImageWarning);
        return image.GetAttribute("alt") is { Length: > 0 } alt ? [new TextRun(TextCleaning.RemoveControlCharacters(alt))] : [];
    }

    /// <summary>What an image among text is reported as, whether written in Markdown or in HTML.</summary>
    public const string ImageWarning = "an image within text is not carried into the outputs (a picture stands alone in its paragraph); its alt text is kept";
}
