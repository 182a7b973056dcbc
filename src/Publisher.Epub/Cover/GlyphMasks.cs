using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SkiaSharp;

namespace Publisher.Epub.Cover;

/// <summary>
/// Glyph coverage masks, each rasterised once by Skia (onto an alpha-only canvas) and kept for the covers that
/// follow: covers are drawn from a handful of fonts, sizes and characters. A pen position is rounded to a quarter
/// pixel across and a whole pixel down, as Skia does with subpixel text, so a glyph has four masks per grey.
/// (Skia adjusts a glyph's coverage to the lightness of the text's colour, so each grey has masks of its own.)
/// </summary>
internal static class GlyphMasks
{
    public const int Phases = 4;

    /// <summary>More than any build's covers need; a build that gets here starts the cache again rather than grow it.</summary>
    private const int MaxKept = 8192;

    private static readonly ConcurrentDictionary<Key, GlyphMask> Kept = new();

    /// <param name="size">The font size in pixels of the canvas drawn on.</param>
    /// <param name="phase">Quarter pixels right of the whole pixel the pen is on, 0 to 3.</param>
    /// <param name="grey">The grey the glyph is drawn in.</param>
    public static GlyphMask Of(SKTypeface typeface, float size, ushort glyph, int phase, byte grey)
    {
        var key = new Key(typeface, size, glyph, (byte)phase, grey);
        if (Kept.TryGetValue(key, out var mask)) return mask;
        if (Kept.Count >= MaxKept) Kept.Clear();
        return Kept.GetOrAdd(key, static k => Rasterise(k.Typeface, k.Size, k.Glyph, k.Phase, k.Grey));
    }

    /// <summary>A mask's identity, hashed without the default comparers a tuple goes through (a lookup per glyph drawn).</summary>
    private readonly record struct Key(SKTypeface Typeface, float Size, ushort Glyph, byte Phase, byte Grey)
    {
        public bool Equals(Key other) =>
            ReferenceEquals(Typeface, other.Typeface) && Size.Equals(other.Size) && Glyph == other.Glyph && Phase == other.Phase && Grey == other.Grey;

        public override int GetHashCode() =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(Typeface), Size, Glyph | Phase << 16 | Grey << 24);
    }

    /// <summary>A font as the cover text is drawn with: antialiased, positioned to subpixels.</summary>
    public static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Edging = SKFontEdging.Antialias, Subpixel = true };

    private static GlyphMask Rasterise(SKTypeface typeface, float size, ushort glyph, int phase, byte grey)
    {
        using var font = Font(typeface, size);
        Span<ushort> glyphs = [glyph];
        Span<float> widths = stackalloc float[1];
        Span<SKRect> bounds = stackalloc SKRect[1];
        font.GetGlyphWidths(glyphs, widths, bounds, null);
        if (bounds[0].IsEmpty) return GlyphMask.Empty; // a space
        // One pixel of room around the outline for antialiasing, and the phase's shift to the right.
        var left = (int)MathF.Floor(bounds[0].Left) - 1;
        var top = (int)MathF.Floor(bounds[0].Top) - 1;
        var width = (int)MathF.Ceiling(bounds[0].Right + (Phases - 1f) / Phases) + 1 - left;
        var height = (int)MathF.Ceiling(bounds[0].Bottom) + 1 - top;

        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Alpha8, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = new SKColor(grey, grey, grey), IsAntialias = true }) // opaque: the canvas keeps the coverage
        using (var blob = SKTextBlob.Create(System.Runtime.InteropServices.MemoryMarshal.AsBytes(glyphs), SKTextEncoding.GlyphId, font, SKPoint.Empty))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.DrawText(blob, (float)phase / Phases - left, -top, paint);
        }
        var coverage = new byte[width * height];
        var pixels = bitmap.GetPixelSpan();
        for (var row = 0; row < height; row++)
            pixels.Slice(row * bitmap.RowBytes, width).CopyTo(coverage.AsSpan(row * width));
        return new GlyphMask(left, top, width, height, coverage);
    }
}
