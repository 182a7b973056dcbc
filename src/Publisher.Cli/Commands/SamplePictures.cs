using System.Globalization;
using Publisher.Core.Sampling;
using SkiaSharp;

namespace Publisher.Cli.Commands;

/// <summary>
/// The picture files of a sample corpus (<c>publisher sample --pictures</c>), drawn here: six bar charts as PNG
/// (960×600, flat colours, as an editor exports them) and six photo-like JPEGs (1600×1200, gradients and grain, as
/// a camera writes them: quality 85), so a build's picture costs (hashing, decoding, embedding, shrinking for PDF)
/// are measured on files of real sizes. The same seed draws the same files.
/// </summary>
internal static class SamplePictures
{
    private const int Charts = 6;
    private const int Photos = 6;

    /// <summary>Writes the files into <paramref name="folder"/>; returns them as the articles name them.</summary>
    public static IReadOnlyList<SamplePicture> Write(string folder, int seed)
    {
        Directory.CreateDirectory(folder);
        var pictures = new List<SamplePicture>();
        for (var i = 1; i <= Charts + Photos; i++)
        {
            var random = new Random(unchecked(seed * 7919 + i));
            var chart = i <= Charts;
            var number = chart ? i : i - Charts;
            var name = string.Create(CultureInfo.InvariantCulture, $"{(chart ? "chart" : "photo")}-{number:00}.{(chart ? "png" : "jpg")}");
            using var bitmap = chart ? Chart(random) : Photo(random);
            using var data = bitmap.Encode(chart ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg, chart ? 100 : 85);
            File.WriteAllBytes(Path.Combine(folder, name), data.ToArray());
            pictures.Add(chart
                ? new SamplePicture(name, $"Balkendiagramm {number} mit acht Werten", $"Grafik {number}: Entwicklung seit 2019")
                : new SamplePicture(name, $"Foto {number}: ein Platz in der Abendsonne", $"Foto {number}: Abend am Platz"));
        }
        return pictures;
    }

    private static SKBitmap Chart(Random random)
    {
        var bitmap = new SKBitmap(new SKImageInfo(960, 600, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var paint = new SKPaint { Color = new SKColor(40, 90, 160) };
        for (var bar = 0; bar < 8; bar++)
        {
            var height = 80 + random.Next(440);
            canvas.DrawRect(60 + bar * 110, 560 - height, 80, height, paint);
        }
        paint.Color = SKColors.Black;
        canvas.DrawRect(40, 560, 880, 3, paint);
        return bitmap;
    }

    private static SKBitmap Photo(Random random)
    {
        const int width = 1600, height = 1200;
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = bitmap.GetPixelSpan();
        var (r, g, b) = (random.Next(256), random.Next(256), random.Next(256));
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
        {
            var at = (y * width + x) * 4;
            var grain = random.Next(24);
            pixels[at] = (byte)((r * x / width + y * 180 / height + grain) / 2);
            pixels[at + 1] = (byte)((g * y / height + x * 120 / width + grain) / 2);
            pixels[at + 2] = (byte)((b + grain) * (width - x / 2) / width);
            pixels[at + 3] = 255;
        }
        return bitmap;
    }
}
