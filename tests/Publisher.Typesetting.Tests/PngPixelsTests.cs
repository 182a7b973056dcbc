using System.Buffers.Binary;
using System.IO.Compression;
using Publisher.Typesetting.Rendering;
using SkiaSharp;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// What an image object gets of a PNG, on PNGs written here: every colour type, bit depths from 1 to 16, rows not a
/// whole number of bytes, every filter type, palette and colour-key transparency: the samples Skia decodes, gray or RGB,
/// and the alpha apart exactly when a pixel is not opaque.
/// </summary>
public sealed class PngPixelsTests
{
    [Theory]
    [InlineData(3, 2, true)]   // palette, 2 bits, with tRNS
    [InlineData(3, 8, false)]  // palette, 8 bits
    [InlineData(0, 1, false)]  // gray, 1 bit
    [InlineData(0, 4, false)]  // gray, 4 bits
    [InlineData(0, 16, false)] // gray, 16 bits
    [InlineData(2, 8, true)]   // RGB with a colour key
    [InlineData(2, 16, false)] // RGB, 16 bits
    [InlineData(4, 8, false)]  // gray and alpha
    [InlineData(6, 8, false)]  // RGBA
    [InlineData(6, 16, false)] // RGBA, 16 bits
    public void Splits_the_pixels_into_samples_and_alpha(int colorType, int depth, bool transparency)
    {
        const int width = 7, height = 6;
        var png = Write(colorType, depth, width, height, transparency, seed: colorType * 100 + depth);
        Assert.Null(PngPixels.Problem(png));
        var decoded = PngPixels.Decode(png)!;

        using var codec = SKCodec.Create(new MemoryStream(png));
        using var expected = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Assert.Equal(SKCodecResult.Success, codec.GetPixels(expected.Info, expected.GetPixels()));
        var pixels = expected.GetPixelSpan().ToArray();
        var translucent = false;
        for (var i = 0; i < width * height; i++)
        {
            var (r, g, b, a) = (pixels[i * 4], pixels[i * 4 + 1], pixels[i * 4 + 2], pixels[i * 4 + 3]);
            translucent |= a != 255;
            if (decoded.Colors == 3) Assert.Equal((r, g, b), (decoded.Samples[i * 3], decoded.Samples[i * 3 + 1], decoded.Samples[i * 3 + 2]));
            else Assert.Equal((r, r, r), (decoded.Samples[i], g, b)); // gray: one sample, and every pixel is gray
            Assert.Equal(a, decoded.Alpha?[i] ?? 255);
        }
        Assert.Equal(translucent, decoded.Alpha is not null);
        Assert.Equal(colorType is 2 or 3 or 6 ? 3 : 1, decoded.Colors);
    }

    [Fact]
    public void A_truncated_png_and_other_bytes_are_refused()
    {
        var png = Write(2, 8, 40, 40, false, seed: 1);
        Assert.Null(PngPixels.Problem(png));
        Assert.Equal("not a PNG file that decodes whole", PngPixels.Problem(png.AsSpan(0, png.Length / 2)));
        Assert.Equal("not a PNG file that decodes whole", PngPixels.Problem([1, 2, 3]));
        using var jpeg = new SKBitmap(4, 4);
        Assert.NotNull(PngPixels.Problem(jpeg.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray()));
    }

    /// <summary>A PNG of random samples, each row with another filter type (0–4 in turn).</summary>
    private static byte[] Write(int colorType, int depth, int width, int height, bool transparency, int seed)
    {
        var random = new Random(seed);
        var channels = colorType switch { 0 or 3 => 1, 2 => 3, 4 => 2, _ => 4 };
        var stride = (width * channels * depth + 7) / 8;
        var bpp = Math.Max(1, channels * depth / 8);
        var paletteSize = colorType == 3 ? 1 << depth : 0;
        var rows = new byte[height][];
        for (var y = 0; y < height; y++)
        {
            rows[y] = new byte[stride];
            random.NextBytes(rows[y]);
            if (colorType == 3 && depth == 8)
                for (var i = 0; i < stride; i++) rows[y][i] %= (byte)Math.Min(255, paletteSize);
            // Padding bits at a row's end are zero.
            var used = width * channels * depth;
            if (used % 8 != 0) rows[y][^1] &= (byte)(0xFF << (8 - used % 8));
        }
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            var filter = y % 5;
            raw.WriteByte((byte)filter);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= bpp ? rows[y][i - bpp] : 0, b = y > 0 ? rows[y - 1][i] : 0, c = i >= bpp && y > 0 ? rows[y - 1][i - bpp] : 0;
                var predictor = filter switch { 1 => a, 2 => b, 3 => (a + b) / 2, 4 => Paeth(a, b, c), _ => 0 };
                raw.WriteByte((byte)(rows[y][i] - predictor));
            }
        }
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(raw.ToArray());

        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9]) = ((byte)depth, (byte)colorType);
        Chunk(png, "IHDR", header);
        if (colorType == 3)
        {
            var palette = new byte[paletteSize * 3];
            random.NextBytes(palette);
            Chunk(png, "PLTE", palette);
            if (transparency) Chunk(png, "tRNS", [.. Enumerable.Range(0, paletteSize).Select(i => (byte)(i * 80))]);
        }
        else if (transparency && colorType == 2)
        {
            // The colour of the first pixel is the key: it becomes transparent (wherever it is).
            Chunk(png, "tRNS", [0, rows[0][0], 0, rows[0][1], 0, rows[0][2]]);
        }
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        byte[] typed = [.. System.Text.Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in data)
        {
            crc ^= value;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return crc ^ 0xFFFFFFFFu;
    }
}
