using SkiaSharp;

namespace Publisher.Build.PictureReading;

/// <summary>Turns a picture as its EXIF orientation says it is to be shown (the eight origins of the TIFF tag 274).</summary>
internal static class Orientation
{
    /// <summary>
    /// A new bitmap of <paramref name="stored"/> shown upright: origins 5 to 8 lie on their side, so width and height
    /// swap. Each matrix maps a stored pixel to where it is shown (x' = a·x + b·y + c, y' = d·x + e·y + f).
    /// </summary>
    public static SKBitmap Upright(SKBitmap stored, SKEncodedOrigin origin)
    {
        float w = stored.Width, h = stored.Height;
        var sideways = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        var shown = new SKBitmap(stored.Info.WithSize(sideways ? stored.Height : stored.Width, sideways ? stored.Width : stored.Height));
        using var canvas = new SKCanvas(shown);
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(matrix);
        // The matrices move whole pixels: nearest sampling copies them as they are.
        canvas.DrawBitmap(stored, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        return shown;
    }
}
