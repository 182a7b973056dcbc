using SkiaSharp;
using UglyToad.PdfPig.Tokens;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Publisher.Typesetting.Tests;

/// <summary>PNG and JPEG files made in the test (SkiaSharp), and the image objects a PDF holds (PdfPig).</summary>
public static class TestImages
{
    /// <summary>
    /// A PNG of the size: a colour gradient; with <paramref name="alpha"/> its left half is half transparent; with
    /// <paramref name="colorSpace"/> its colour profile in the file.
    /// </summary>
    public static byte[] Png(int width, int height, bool alpha = false, byte seed = 0, SKColorSpace? colorSpace = null) =>
        Encode(width, height, alpha, SKEncodedImageFormat.Png, seed, colorSpace);

    /// <summary>A JPEG of the size (an RGB gradient), with <paramref name="colorSpace"/> its colour profile in the file.</summary>
    public static byte[] Jpeg(int width, int height, byte seed = 0, SKColorSpace? colorSpace = null) =>
        Encode(width, height, false, SKEncodedImageFormat.Jpeg, seed, colorSpace);

    /// <summary>Display P3, the wide gamut a phone's photos are in.</summary>
    public static SKColorSpace DisplayP3 => SKColorSpace.CreateRgb(SKColorSpaceTransferFn.Srgb, SKColorSpaceXyz.DisplayP3);

    private static byte[] Encode(int width, int height, bool alpha, SKEncodedImageFormat format, byte seed, SKColorSpace? colorSpace)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, alpha ? SKAlphaType.Unpremul : SKAlphaType.Opaque, colorSpace));
        var pixels = bitmap.GetPixelSpan();
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
        {
            var at = (y * width + x) * 4;
            pixels[at] = (byte)(x * 255 / width);
            pixels[at + 1] = (byte)(y * 255 / height);
            pixels[at + 2] = seed;
            pixels[at + 3] = alpha && x < width / 2 ? (byte)128 : (byte)255;
        }
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>
    /// Every image XObject of the PDF (the SMasks too) with its /Width, /Height, /Filter and whether it has an /SMask,
    /// read from the file's objects: a picture shown three times from one source is one object here.
    /// </summary>
    public static List<(int Width, int Height, string? Filter, bool HasMask)> ImageObjects(string path)
    {
        using var pdf = PdfPigDocument.Open(path);
        var found = new List<(int, int, string?, bool)>();
        foreach (var reference in pdf.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (pdf.Structure.GetObject(reference).Data is not StreamToken stream) continue;
            var entries = stream.StreamDictionary.Data;
            if (entries.GetValueOrDefault("Subtype") is not NameToken { Data: "Image" }) continue;
            var width = entries.GetValueOrDefault("Width") is NumericToken w ? w.Int : 0;
            var height = entries.GetValueOrDefault("Height") is NumericToken h ? h.Int : 0;
            var filter = entries.GetValueOrDefault("Filter") is NameToken name ? name.Data : null;
            found.Add((width, height, filter, entries.ContainsKey("SMask")));
        }
        return found;
    }
}
