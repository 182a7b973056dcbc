using Publisher.Epub.Cover;
using SkiaSharp;

namespace Publisher.Epub.Tests;

public class GreyTextTests
{
    public static TheoryData<string, bool, float, float, SKTextAlign, byte, float> Lines => new()
    {
        { "Woche 46/2026", true, 150, 0.5f, SKTextAlign.Center, 0x00, 600 },
        { "9.–15. November 2026 · Mieten & Wohnen", false, 64, 0.5f, SKTextAlign.Center, 0x30, 600 },
        { "Stadtbote Berlin", true, 110, 0.5f, SKTextAlign.Left, 0xFF, 37.3f },
        { "Bürgerrechte · Ost/West", false, 56, 1f, SKTextAlign.Right, 0x60, 1190.6f },
        { "clipped at the left edge", false, 90, 0.5f, SKTextAlign.Center, 0x00, 10 },
    };

    /// <summary>
    /// Text blended from glyph masks looks as Skia draws it: the same pixels inked, nearly the same greys (the
    /// pen positions round alike, the masks are Skia's own; a blend may round the other way).
    /// </summary>
    [Theory]
    [MemberData(nameof(Lines))]
    public void Text_from_glyph_masks_matches_skias_drawing(string text, bool bold, float size, float scale, SKTextAlign align, byte grey, float x)
    {
        var typeface = bold ? CoverFonts.Instance.Bold : CoverFonts.Instance.Regular;
        using var font = GlyphMasks.Font(typeface, size);
        var color = new SKColor(grey, grey, grey);
        var background = grey > 0x80 ? SKColors.Black : SKColors.White;

        using var expected = Canvas(background, scale, (canvas, _) =>
        {
            using var paint = new SKPaint { Color = color, IsAntialias = true };
            canvas.DrawText(text, x, 400, align, font, paint);
        });
        using var actual = Canvas(background, scale, (canvas, bitmap) =>
            Assert.True(GreyText.TryDraw(bitmap, canvas.TotalMatrix, text, x, 400, align, font, color)));

        var skia = expected.GetPixelSpan();
        var ours = actual.GetPixelSpan();
        var inked = 0;
        var largest = 0;
        for (var i = 0; i < skia.Length; i++)
        {
            if (skia[i] != background.Red) inked++;
            largest = Math.Max(largest, Math.Abs(skia[i] - ours[i]));
        }
        Assert.True(inked > 500, $"Skia inked only {inked} pixels: the test draws nothing");
        Assert.True(largest <= 1, $"a pixel differs by {largest} of 255");
    }

    [Fact]
    public void Coloured_or_translucent_text_and_rotated_canvases_are_left_to_skia()
    {
        using var font = GlyphMasks.Font(CoverFonts.Instance.Regular, 40);
        using var bitmap = new SKBitmap(new SKImageInfo(100, 100, SKColorType.Gray8, SKAlphaType.Opaque));
        Assert.False(GreyText.TryDraw(bitmap, SKMatrix.Identity, "a", 0, 50, SKTextAlign.Left, font, new SKColor(200, 0, 0)));
        Assert.False(GreyText.TryDraw(bitmap, SKMatrix.Identity, "a", 0, 50, SKTextAlign.Left, font, new SKColor(0, 0, 0, 128)));
        Assert.False(GreyText.TryDraw(bitmap, SKMatrix.CreateRotationDegrees(10), "a", 0, 50, SKTextAlign.Left, font, SKColors.Black));
        Assert.False(GreyText.TryDraw(bitmap, SKMatrix.CreateScale(1, 2), "a", 0, 50, SKTextAlign.Left, font, SKColors.Black));
        using var rgba = new SKBitmap(new SKImageInfo(100, 100, SKColorType.Rgba8888, SKAlphaType.Opaque));
        Assert.False(GreyText.TryDraw(rgba, SKMatrix.Identity, "a", 0, 50, SKTextAlign.Left, font, SKColors.Black));
    }

    private static SKBitmap Canvas(SKColor background, float scale, Action<SKCanvas, SKBitmap> draw)
    {
        var bitmap = new SKBitmap(new SKImageInfo(600, 500, SKColorType.Gray8, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(background);
        canvas.Scale(scale);
        draw(canvas, bitmap);
        return bitmap;
    }
}
