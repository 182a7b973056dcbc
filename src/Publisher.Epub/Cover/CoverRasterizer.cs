using SkiaSharp;
using Svg.Skia;

namespace Publisher.Epub.Cover;

/// <summary>
/// Draws a cover SVG (rendered from <c>epub/cover.svg.sbn</c>) into a greyscale PNG: what e-reader libraries
/// show, and grey is all an e-ink screen has. Fonts come from the assembly; nothing is fetched.
/// </summary>
public static class CoverRasterizer
{
    public const int PixelWidth = 1200;
    public const int PixelHeight = 1800;

    /// <summary>The PNG, or null with <paramref name="problem"/> set when the SVG cannot be drawn.</summary>
    public static byte[]? ToPng(string svgText, out string? problem)
    {
        problem = null;
        using var svg = new SKSvg();
        svg.Settings.TypefaceProviders = [CoverFonts.Instance];
        SKPicture? picture;
        try
        {
            picture = svg.FromSvg(svgText);
        }
        catch (Exception e) when (e is System.Xml.XmlException or FormatException or ArgumentException or InvalidOperationException)
        {
            problem = e.Message;
            return null;
        }
        if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0)
        {
            problem = "the cover SVG draws nothing (does it have a width, height or viewBox?)";
            return null;
        }
        using var bitmap = new SKBitmap(new SKImageInfo(PixelWidth, PixelHeight, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(PixelWidth / picture.CullRect.Width, PixelHeight / picture.CullRect.Height);
            canvas.DrawPicture(picture);
        }
        using var pixmap = bitmap.PeekPixels();
        using var png = pixmap?.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, zLibLevel: 1));
        if (png is null) problem = "the cover image cannot be encoded";
        return png?.ToArray();
    }
}
