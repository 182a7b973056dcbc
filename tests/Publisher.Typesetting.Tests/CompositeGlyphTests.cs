using System.Buffers.Binary;
using Publisher.Typesetting.Fonts;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// Glyphs built from glyphs that are built from glyphs (Noto Serif's ½ from composite figures, ǻ from å, ḉ from ç)
/// print whole: PDFsharp's subset kept only their first level of parts, and ½ printed as a lone ⁄.
/// </summary>
public sealed class CompositeGlyphTests
{
    [Theory]
    [InlineData("", "½", "⁄", 2.0)] // one, fraction slash, two: the slash alone has well under half the ink
    [InlineData("", "¾", "⁄", 2.0)]
    [InlineData("<em>", "½", "⁄", 2.0)]
    [InlineData("<strong>", "⅔", "⁄", 2.0)]
    [InlineData("", "ḉ", "ć", 1.05)] // the cedilla
    [InlineData("", "ǻ", "á", 1.05)] // the ring
    public void A_glyph_made_of_composite_glyphs_prints_all_its_parts(string style, string whole, string part, double moreInk)
    {
        var wholeInk = Ink(style, whole);
        var partInk = Ink(style, part);
        Assert.True(wholeInk > moreInk * partInk, $"{whole}: {wholeInk} dark pixels, {part}: {partInk}");
    }

    [Theory]
    [InlineData("NotoSerif-Regular")]
    [InlineData("NotoSerif-BoldItalic")]
    [InlineData("NotoSans-Regular")]
    public void Flattening_gives_a_valid_font_in_which_nothing_is_left_to_flatten(string face)
    {
        using var resource = typeof(FontLibrary).Assembly.GetManifestResourceStream($"Publisher.Typesetting.Fonts.{face}.ttf")!;
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        var original = copy.ToArray();

        var flattened = CompositeGlyphs.Flatten(original);
        Assert.NotSame(original, flattened); // each shipped face has nested composites
        Assert.Same(flattened, CompositeGlyphs.Flatten(flattened)); // and none are left
        Assert.Equal(0xB1B0AFBAu, WholeFileChecksum(flattened));
    }

    [Fact]
    public void A_font_it_cannot_read_is_left_as_it_is()
    {
        byte[] damaged = [0, 1, 0, 0, 0, 9, 1, 2, 3];
        Assert.Same(damaged, CompositeGlyphs.Flatten(damaged));
        var truncated = File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")[..5000];
        Assert.Same(truncated, CompositeGlyphs.Flatten(truncated));
    }

    /// <summary>The dark pixels of a page of 150 copies of <paramref name="text"/>, rendered by poppler.</summary>
    private static long Ink(string style, string text)
    {
        var end = style.Length > 0 ? "</" + style[1..] : "";
        using var rendered = new RenderedMarkup($"<p>{style}{string.Concat(Enumerable.Repeat(text + " ", 150))}{end}</p>");
        var prefix = Path.Combine(Path.GetDirectoryName(rendered.PdfPath)!, "page");
        var (code, output) = Tool.Run("pdftoppm", "-gray", "-r", "72", "-f", "1", "-l", "1", "-singlefile", rendered.PdfPath, prefix);
        Assert.True(code == 0, output);
        var image = File.ReadAllBytes(prefix + ".pgm");
        var pixels = image.AsSpan(HeaderLength(image));
        long ink = 0;
        foreach (var grey in pixels) ink += 255 - grey;
        return ink;
    }

    /// <summary>A binary PGM's header: "P5", width, height and maximum, each followed by one white-space byte.</summary>
    private static int HeaderLength(byte[] image)
    {
        var fields = 0;
        var at = 0;
        while (fields < 4)
        {
            while (!char.IsWhiteSpace((char)image[at])) at++;
            at++;
            fields++;
        }
        return at;
    }

    private static uint WholeFileChecksum(byte[] font)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= font.Length; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(i));
        return sum;
    }
}
