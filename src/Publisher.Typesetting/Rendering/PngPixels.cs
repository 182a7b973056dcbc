using SkiaSharp;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// A PNG decoded by Skia for a PDF image object: 8-bit samples row by row, gray when every pixel is gray and RGB
/// otherwise, and the alpha channel apart (the image's /SMask) when any pixel is not opaque. Skia reads every PNG the
/// format allows (each colour type and bit depth, palettes, transparency chunks, interlacing); neither its colour profile
/// nor gamma is applied to the samples (the profile goes with them into the image object). A picture larger than it is
/// shown is shrunk (<see cref="DecodedPixels"/>) before it is split.
/// </summary>
internal sealed record PngPixels(int Width, int Height, int Colors, byte[] Samples, byte[]? Alpha)
{
    /// <summary>Why the bytes cannot be embedded, or null when Skia decodes them whole.</summary>
    public static string? Problem(ReadOnlySpan<byte> png) => Decode(png) is null ? "not a PNG file that decodes whole" : null;

    /// <summary>The pixel size in the PNG's header, or null when the bytes are no PNG.</summary>
    public static (int Width, int Height)? Size(ReadOnlySpan<byte> png)
    {
        using var data = SKData.CreateCopy(png);
        using var codec = Open(data);
        return codec is null ? null : (codec.Info.Width, codec.Info.Height);
    }

    /// <summary>
    /// The picture's samples, shrunk to <paramref name="width"/>×<paramref name="height"/> when that is smaller (by
    /// default it is kept as stored), or null when the bytes are no PNG or it does not decode whole (a truncated file).
    /// With <paramref name="rgb"/> they are RGB even when every pixel is gray (its colour profile is an RGB one).
    /// </summary>
    public static PngPixels? Decode(ReadOnlySpan<byte> png, int width = int.MaxValue, int height = int.MaxValue, bool rgb = false)
    {
        using var data = SKData.CreateCopy(png);
        using var codec = Open(data);
        return codec is not null && DecodedPixels.Of(codec, width, height) is var (rgba, keptWidth, keptHeight)
            ? Split(keptWidth, keptHeight, rgba, rgb)
            : null;
    }

    private static SKCodec? Open(SKData data)
    {
        var codec = SKCodec.Create(data);
        if (codec is not null && codec.EncodedFormat == SKEncodedImageFormat.Png && codec.Info.Width > 0 && codec.Info.Height > 0) return codec;
        codec?.Dispose();
        return null;
    }

    private static PngPixels Split(int width, int height, byte[] rgba, bool rgb)
    {
        var pixels = width * height;
        bool gray = !rgb, opaque = true;
        for (var i = 0; i < pixels && (gray || opaque); i++)
        {
            var at = i * 4;
            gray &= rgba[at] == rgba[at + 1] && rgba[at] == rgba[at + 2];
            opaque &= rgba[at + 3] == 255;
        }
        var colors = gray ? 1 : 3;
        var samples = new byte[pixels * colors];
        var alpha = opaque ? null : new byte[pixels];
        for (var i = 0; i < pixels; i++)
        {
            var at = i * 4;
            if (gray) samples[i] = rgba[at];
            else (samples[i * 3], samples[i * 3 + 1], samples[i * 3 + 2]) = (rgba[at], rgba[at + 1], rgba[at + 2]);
            if (alpha is not null) alpha[i] = rgba[at + 3];
        }
        return new PngPixels(width, height, colors, samples, alpha);
    }
}
