using SkiaSharp;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// A colour JPEG with far more pixels than its box in the PDF needs (a phone's 12-megapixel photo a column wide) made
/// smaller: decoded by Skia at the smallest of its own eighths that still holds the size asked for, shrunk the rest
/// of the way by area (<see cref="PixelShrinking"/>), and encoded again at <see cref="Quality"/>. Samples stay as
/// stored, no colour space applied, so the picture's profile still describes them. libjpeg-turbo's integer transforms
/// give the same bytes on every machine.
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
        if (codec is null) return null;
        var decoded = codec.Info.Size;
        for (var eighths = 1; eighths <= 8; eighths++)
        {
            var scaled = codec.GetScaledDimensions(eighths / 8f);
            if (scaled.Width < width || scaled.Height < height) continue;
            decoded = scaled;
            break;
        }
        var info = new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        if (codec.GetPixels(info, out byte[] rgba) != SKCodecResult.Success) return null;
        var pixels = decoded.Width > width || decoded.Height > height ? PixelShrinking.Shrink(rgba, decoded.Width, decoded.Height, width, height) : rgba;
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        pixels.CopyTo(bitmap.GetPixelSpan());
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Jpeg, Quality);
        return encoded?.ToArray();
    }
}
