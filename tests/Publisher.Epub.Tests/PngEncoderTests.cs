using Publisher.Epub.Cover;
using SkiaSharp;

namespace Publisher.Epub.Tests;

public class PngEncoderTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(37, 5, 40)]
    [InlineData(600, 900, 600)]
    public void Decoded_pixels_equal_the_encoded_ones(int width, int height, int stride)
    {
        var random = new Random(width * height);
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
            pixels[y * stride + x] = y % 3 == 0 ? (byte)random.Next(256) : (byte)(x * 7 + y); // noise and gradients

        var png = PngEncoder.Gray8(pixels, width, height, stride, level: 2);

        using var decoded = SKBitmap.Decode(png);
        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
            Assert.Equal(pixels[y * stride + x], decoded.GetPixel(x, y).Red);
    }
}
