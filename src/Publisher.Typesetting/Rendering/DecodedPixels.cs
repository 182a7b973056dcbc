using SkiaSharp;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// A picture's pixels as Skia decodes them for an image object: RGBA, alpha not premultiplied, samples as stored (no
/// colour space applied, so the picture's own profile still describes them), at most the size the object keeps.
/// </summary>
internal static class DecodedPixels
{
    /// <summary>
    /// The pixels of <paramref name="codec"/>'s picture at <paramref name="width"/>×<paramref name="height"/>, or as
    /// stored where that is smaller: decoded at the smallest of the codec's own scales that still holds that size (a
    /// JPEG's eighths; a PNG has only its whole size), then shrunk the rest of the way by area
    /// (<see cref="PixelShrinking"/>). Null when the picture does not decode whole.
    /// </summary>
    public static (byte[] Rgba, int Width, int Height)? Of(SKCodec codec, int width, int height)
    {
        var stored = codec.Info.Size;
        (width, height) = (Math.Clamp(width, 1, stored.Width), Math.Clamp(height, 1, stored.Height));
        var decoded = stored;
        for (var eighths = 1; eighths < 8; eighths++)
        {
            var scaled = codec.GetScaledDimensions(eighths / 8f);
            if (scaled.Width < width || scaled.Height < height) continue;
            decoded = scaled;
            break;
        }
        var info = new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        if (codec.GetPixels(info, out byte[] rgba) != SKCodecResult.Success) return null;
        if (decoded.Width == width && decoded.Height == height) return (rgba, width, height);
        return (PixelShrinking.Shrink(rgba, decoded.Width, decoded.Height, width, height), width, height);
    }
}
