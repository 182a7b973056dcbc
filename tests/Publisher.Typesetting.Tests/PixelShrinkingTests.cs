using CsCheck;
using Publisher.Typesetting.Rendering;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// Shrinking pixels by area: each new pixel the average of what it covers, old pixels split between two new ones by
/// the share in each, colours weighted by alpha; an even colour stays that colour, the whole picture's average is kept.
/// </summary>
public sealed class PixelShrinkingTests
{
    private static readonly Gen<(int Width, int Height, int NewWidth, int NewHeight)> Sizes =
        from width in Gen.Int[1, 40]
        from height in Gen.Int[1, 40]
        from newWidth in Gen.Int[1, width]
        from newHeight in Gen.Int[1, height]
        select (width, height, newWidth, newHeight);

    [Fact]
    public void An_even_colour_stays_that_colour_at_every_size()
    {
        Gen.Select(Sizes, Gen.Byte.Array[4]).Sample((size, rgba) =>
        {
            var pixels = new byte[size.Width * size.Height * 4];
            for (var i = 0; i < pixels.Length; i++) pixels[i] = rgba[i % 4];
            var shrunk = PixelShrinking.Shrink(pixels, size.Width, size.Height, size.NewWidth, size.NewHeight);
            Assert.Equal(size.NewWidth * size.NewHeight * 4, shrunk.Length);
            // A fully transparent pixel has no colour to keep.
            byte[] expected = rgba[3] == 0 ? [0, 0, 0, 0] : rgba;
            for (var i = 0; i < shrunk.Length; i++) Assert.Equal(expected[i % 4], shrunk[i]);
        });
    }

    [Fact]
    public void The_average_of_an_opaque_picture_is_kept()
    {
        Gen.Select(Sizes, Gen.Int).Sample((size, seed) =>
        {
            var random = new Random(seed);
            var pixels = new byte[size.Width * size.Height * 4];
            random.NextBytes(pixels);
            for (var i = 3; i < pixels.Length; i += 4) pixels[i] = 255;
            var shrunk = PixelShrinking.Shrink(pixels, size.Width, size.Height, size.NewWidth, size.NewHeight);
            for (var channel = 0; channel < 4; channel++)
            {
                // Every new pixel covers as much of the picture, and each is rounded by half a step at most.
                Assert.InRange(Mean(shrunk, channel) - Mean(pixels, channel), -0.5, 0.5);
            }
        });
    }

    private static double Mean(byte[] rgba, int channel)
    {
        long sum = 0;
        for (var i = channel; i < rgba.Length; i += 4) sum += rgba[i];
        return (double)sum / (rgba.Length / 4);
    }

    [Fact]
    public void Three_pixels_become_two_each_a_pixel_and_a_half()
    {
        byte[] row = [0, 0, 0, 255, 90, 90, 90, 255, 180, 180, 180, 255];
        // (2·0 + 90) / 3 = 30 and (90 + 2·180) / 3 = 150.
        Assert.Equal([30, 30, 30, 255, 150, 150, 150, 255], PixelShrinking.Shrink(row, 3, 1, 2, 1));
        // The same bytes as a column one pixel wide: down the rows as across.
        Assert.Equal([30, 30, 30, 255, 150, 150, 150, 255], PixelShrinking.Shrink(row, 1, 3, 1, 2));
    }

    [Fact]
    public void A_transparent_pixels_colour_does_not_bleed_into_its_neighbour()
    {
        byte[] pixels = [255, 0, 0, 0, 0, 0, 255, 255];
        Assert.Equal([0, 0, 255, 128], PixelShrinking.Shrink(pixels, 2, 1, 1, 1));
    }

    [Fact]
    public void A_larger_size_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PixelShrinking.Shrink(new byte[16], 2, 2, 3, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PixelShrinking.Shrink(new byte[16], 2, 2, 2, 0));
    }
}
