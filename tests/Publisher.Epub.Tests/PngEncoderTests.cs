using CsCheck;
using Publisher.Epub.Cover;
using SkiaSharp;

namespace Publisher.Epub.Tests;

public class PngEncoderTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(37, 5, 40)]
    [InlineData(129, 3, 131)]
    [InlineData(600, 900, 600)]
    public void Decoded_pixels_are_the_encoded_ones_in_sixteen_greys(int width, int height, int stride)
    {
        var random = new Random(width * height);
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
            pixels[y * stride + x] = y % 3 == 0 ? (byte)random.Next(256) : (byte)(x * 7 + y); // noise and gradients

        AssertDecodesTo(pixels, width, height, stride, PngEncoder.Gray4(pixels, width, height, stride));
    }

    /// <summary>Images of flat rectangles with some noise on top, in any size and stride: what a cover has, and worse.</summary>
    [Fact]
    public void Random_images_decode_to_their_pixels_in_sixteen_greys() =>
        Gen.Select(Gen.Int[1, 120], Gen.Int[1, 90], Gen.Int[0, 8], Gen.Int[0, 5000]).Sample((width, height, padding, seed) =>
        {
            var stride = width + padding;
            var random = new Random(seed);
            var pixels = new byte[stride * height];
            for (var shapes = random.Next(6); shapes >= 0; shapes--)
            {
                int x0 = random.Next(width), y0 = random.Next(height), x1 = random.Next(x0, width + 1), y1 = random.Next(y0, height + 1);
                var grey = (byte)random.Next(256);
                for (var y = y0; y < y1; y++) pixels.AsSpan(y * stride + x0, x1 - x0).Fill(grey);
            }
            for (var dots = random.Next(width * height / 4 + 1); dots > 0; dots--) pixels[random.Next(height) * stride + random.Next(width)] = (byte)random.Next(256);

            AssertDecodesTo(pixels, width, height, stride, PngEncoder.Gray4(pixels, width, height, stride));
        }, iter: 300);

    [Fact]
    public void The_same_pixels_give_the_same_bytes_on_any_thread()
    {
        var random = new Random(7);
        var pixels = new byte[600 * 900];
        random.NextBytes(pixels.AsSpan(0, 600 * 300));
        var alone = PngEncoder.Gray4(pixels, 600, 900, 600);
        var together = new byte[8][];
        Parallel.For(0, together.Length, i => together[i] = PngEncoder.Gray4(pixels, 600, 900, 600));
        Assert.All(together, png => Assert.Equal(alone, png));
    }

    private static void AssertDecodesTo(byte[] pixels, int width, int height, int stride, byte[] png)
    {
        using var decoded = SKBitmap.Decode(png);
        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
            Assert.Equal(PngEncoder.Level(pixels[y * stride + x]) * 17, decoded.GetPixel(x, y).Red); // 4-bit k decodes to 17k
    }

    [Fact]
    public void Each_grey_goes_to_the_nearest_of_sixteen()
    {
        for (var grey = 0; grey < 256; grey++)
        {
            var level = PngEncoder.Level((byte)grey);
            Assert.InRange(level, 0, 15);
            Assert.True(Math.Abs(grey - 17 * level) <= Math.Abs(grey - 17 * (level + 1)) && Math.Abs(grey - 17 * level) <= Math.Abs(grey - 17 * (level - 1)), $"grey {grey} went to level {level}");
        }
    }
}
