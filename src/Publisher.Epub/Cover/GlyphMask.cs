namespace Publisher.Epub.Cover;

/// <summary>
/// How much of each pixel one glyph covers (0 to 255), in a box placed relative to the pen position the glyph
/// was rasterised at.
/// </summary>
internal sealed record GlyphMask(int Left, int Top, int Width, int Height, byte[] Coverage)
{
    public static readonly GlyphMask Empty = new(0, 0, 0, 0, []);
}
