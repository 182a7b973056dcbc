using SkiaSharp;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// A colour JPEG with far more pixels than its box in the PDF needs (a phone's 12-megapixel photo a column wide) made
/// smaller (<see cref="DecodedPixels"/>: at Skia's nearest eighth, then by area) and encoded again at
/// <see cref="Quality"/>. libjpeg-turbo's integer transforms give the same bytes on every machine.
/// </summary>
internal static class JpegShrinking
{
    /// <summary>Above what a print at 300 dpi shows, and still about a tenth of a phone photo's bytes at a column's width.</summary>
    public const int Quality = 90;

    /// <summary>The JPEG of <paramref name="jpeg"/> at <paramref name="width"/>×<paramref name="height"/>, or null when Skia cannot decode or encode it.</summary>
    public static byte[]? Shrink(ReadOnlySpan<byte> jpeg, int width, int height)
    {
        using var data = SKData.CreateCopy(jpeg);
        using var codec = SKCodec.Create(data);
        if (codec is null || DecodedPixels.Of(codec, width, height) is not var (pixels, keptWidth, keptHeight)) return null;
        using var bitmap = new SKBitmap(new SKImageInfo(keptWidth, keptHeight, SKColorType.Rgba8888, SKAlphaType.Opaque));
        pixels.CopyTo(bitmap.GetPixelSpan());
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Jpeg, Quality);
        return encoded?.ToArray();
    }
}
