using System.Globalization;
using System.Runtime.InteropServices;
using System.Xml;
using System.Xml.Linq;
using SkiaSharp;

namespace Publisher.Epub.Cover;

/// <summary>
/// Draws a cover SVG (rendered from <c>epub/cover.svg.sbn</c>) into a sixteen-grey PNG: what e-reader libraries show,
/// and sixteen greys are all an e-ink screen has. It reads the small part of SVG a cover needs — <c>rect</c>, <c>circle</c>,
/// <c>line</c>, <c>path</c>, <c>text</c> and <c>g</c> with <c>translate</c>/<c>scale</c> — and draws it with Skia
/// (a full SVG library spent most of its time setting up text shaping). Anything else is reported, not guessed.
/// </summary>
public static class CoverRasterizer
{
    public const int PixelWidth = 600;
    public const int PixelHeight = 900;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The PNG, or null with <paramref name="problem"/> saying what is wrong with the SVG.</summary>
    public static byte[]? ToPng(string svgText, out string? problem)
    {
        XElement root;
        try
        {
            root = XDocument.Parse(svgText, LoadOptions.SetLineInfo).Root!;
        }
        catch (XmlException e)
        {
            problem = $"the cover SVG is not well-formed: {e.Message}";
            return null;
        }
        if (root.Name != Svg + "svg" || !TryCanvasSize(root, out var width, out var height))
        {
            problem = "the cover must be an <svg> element in the SVG namespace with a viewBox or width and height";
            return null;
        }
        using var bitmap = new SKBitmap(new SKImageInfo(PixelWidth, PixelHeight, SKColorType.Gray8, SKAlphaType.Opaque));
        var elements = root.Elements().ToList();
        var cover = CoverStart.TextOf(root, elements);
        var pixelBytes = bitmap.RowBytes * PixelHeight;
        var start = CoverStart.For(cover) is { } kept && kept.Pixels.Length == pixelBytes ? kept : null;
        if (start is not null) Marshal.Copy(start.Pixels, 0, bitmap.GetPixels(), pixelBytes);
        var shared = CoverStart.SharedWithLast(cover);
        using (var canvas = new SKCanvas(bitmap))
        {
            if (start is null) canvas.Clear(SKColors.White);
            canvas.Scale(PixelWidth / width, PixelHeight / height);
            problem = new SvgPainter(bitmap, canvas).DrawFrom(elements, start?.Count ?? 0, drawn =>
            {
                if (drawn != shared || drawn <= (start?.Count ?? 0)) return;
                canvas.Flush();
                CoverStart.Keep(cover, drawn, bitmap.GetPixelSpan());
            });
        }
        if (problem is not null) return null;
        return PngEncoder.Gray4(bitmap.GetPixelSpan(), PixelWidth, PixelHeight, bitmap.RowBytes);
    }

    private static bool TryCanvasSize(XElement root, out float width, out float height)
    {
        width = height = 0;
        var viewBox = ((string?)root.Attribute("viewBox"))?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (viewBox is { Length: 4 })
            return float.TryParse(viewBox[2], NumberStyles.Float, CultureInfo.InvariantCulture, out width)
                && float.TryParse(viewBox[3], NumberStyles.Float, CultureInfo.InvariantCulture, out height) && width > 0 && height > 0;
        return float.TryParse((string?)root.Attribute("width"), NumberStyles.Float, CultureInfo.InvariantCulture, out width)
            && float.TryParse((string?)root.Attribute("height"), NumberStyles.Float, CultureInfo.InvariantCulture, out height) && width > 0 && height > 0;
    }
}
