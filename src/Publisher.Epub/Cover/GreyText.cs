using System.Numerics;
using SkiaSharp;

namespace Publisher.Epub.Cover;

/// <summary>
/// Draws a line of text onto a grey canvas by blending glyph masks (<see cref="GlyphMasks"/>) into its pixels:
/// what Skia does when it draws text, without its per-pixel raster pipeline, which cost about half a millisecond
/// per cover, most of the time a cover takes. Only the common case is taken (a grey canvas, an opaque grey, a
/// canvas scaled alike both ways and moved); anything else is left to Skia.
/// </summary>
internal static class GreyText
{
    /// <summary>Draws <paramref name="text"/> with its pen starting at (<paramref name="x"/>, <paramref name="y"/>) in canvas units; false if it is not a case this draws.</summary>
    public static bool TryDraw(SKBitmap bitmap, SKMatrix matrix, string text, float x, float y, SKTextAlign align, SKFont font, SKColor color)
    {
        if (bitmap.ColorType != SKColorType.Gray8 || color.Alpha != 255 || color.Red != color.Green || color.Green != color.Blue
            || matrix.SkewX != 0 || matrix.SkewY != 0 || matrix.Persp0 != 0 || matrix.Persp1 != 0 || matrix.Persp2 != 1
            || matrix.ScaleX <= 0 || matrix.ScaleX != matrix.ScaleY)
            return false;
        var glyphs = font.GetGlyphs(text);
        var advance = align == SKTextAlign.Left ? 0 : font.MeasureText(glyphs);
        var start = new SKPoint(x - (align == SKTextAlign.Center ? advance / 2 : align == SKTextAlign.Right ? advance : 0), y);
        var positions = font.GetGlyphPositions(glyphs, start);
        var size = font.Size * matrix.ScaleX;
        var typeface = font.Typeface; // a lookup in Skia's handle table each time
        using var pixels = bitmap.PeekPixels();
        var canvas = pixels.GetPixelSpan<byte>();
        for (var i = 0; i < glyphs.Length; i++)
        {
            var pen = matrix.MapPoint(positions[i]);
            var quarters = (int)MathF.Floor(pen.X * GlyphMasks.Phases + 0.5f);
            var mask = GlyphMasks.Of(typeface, size, glyphs[i], quarters & (GlyphMasks.Phases - 1), color.Red);
            var left = (quarters >> 2) + mask.Left;
            var top = (int)MathF.Floor(pen.Y + 0.5f) + mask.Top;
            Blend(canvas, pixels.Width, pixels.Height, pixels.RowBytes, mask, left, top, color.Red);
        }
        return true;
    }

    /// <summary>Blends <paramref name="grey"/> into the canvas where the mask, placed at (<paramref name="left"/>, <paramref name="top"/>), covers it.</summary>
    private static void Blend(Span<byte> canvas, int width, int height, int stride, GlyphMask mask, int left, int top, byte grey)
    {
        var from = Math.Max(0, -left);
        var to = Math.Min(mask.Width, width - left);
        if (from >= to) return;
        for (var row = Math.Max(0, -top); row < mask.Height && top + row < height; row++)
        {
            var coverage = mask.Coverage.AsSpan(row * mask.Width + from, to - from);
            Blend(canvas.Slice((top + row) * stride + left + from, to - from), coverage, grey);
        }
    }

    /// <summary>Each pixel becomes round((pixel × (255 − c) + grey × c) / 255) for its coverage c.</summary>
    private static void Blend(Span<byte> pixels, ReadOnlySpan<byte> coverage, byte grey)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var ink = new Vector<ushort>(grey);
            var full = new Vector<ushort>(255);
            var half = new Vector<ushort>(128);
            for (; i + Vector<byte>.Count <= pixels.Length; i += Vector<byte>.Count)
            {
                var c = new Vector<byte>(coverage[i..]);
                if (c == Vector<byte>.Zero) continue;
                Vector.Widen(new Vector<byte>(pixels[i..]), out var p0, out var p1);
                Vector.Widen(c, out var c0, out var c1);
                Vector.Narrow(Divide255(p0 * (full - c0) + ink * c0 + half), Divide255(p1 * (full - c1) + ink * c1 + half)).CopyTo(pixels[i..]);
            }
        }
        for (; i < pixels.Length; i++)
        {
            var t = pixels[i] * (255 - coverage[i]) + grey * coverage[i] + 128;
            pixels[i] = (byte)((t + (t >> 8)) >> 8);
        }
    }

    /// <summary>(t + t / 256) / 256: with 128 added before, round(x / 255) for every x up to 255 × 255.</summary>
    private static Vector<ushort> Divide255(Vector<ushort> t) => Vector.ShiftRightLogical(t + Vector.ShiftRightLogical(t, 8), 8);
}
