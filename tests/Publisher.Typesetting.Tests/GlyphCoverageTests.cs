using System.Globalization;
using System.Text;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

public sealed class GlyphCoverageTests
{
    public static TheoryData<string> Fonts => new()
    {
        "NotoSerif-Regular", "NotoSerif-BoldItalic", "NotoSans-Regular", "NotoSans-Bold",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    };

    [Theory]
    [MemberData(nameof(Fonts))]
    public void The_cmap_reader_agrees_with_fontconfig(string font)
    {
        var path = font.StartsWith('/') ? font : ExtractShipped(font);
        var coverage = GlyphCoverage.Read(File.ReadAllBytes(path));
        var fontconfig = FontconfigCharset(path);
        Assert.True(fontconfig.Count > 1000, $"fc-query read {fontconfig.Count} characters from {font}");
        // fontconfig leaves out characters whose glyph draws nothing (spaces, joiners): those may differ.
        var disagreements = Enumerable.Range(0, 0x110000)
            .Where(c => coverage.Contains(c) != fontconfig.Contains(c) && !IsBlankAllowed(c)).Take(10).ToList();
        Assert.Empty(disagreements.Select(c => $"U+{c:X4}"));
    }

    [Fact]
    public void Shipped_fonts_cover_german_and_english_text_but_not_emoji()
    {
        var serif = GlyphCoverage.Of(new FontFaceKey(FontLibrary.SerifFamily, false, false));
        foreach (var c in "AZaz09äöüßÄÖÜ„“”‚‘’–—…€§°«»\uFFFD") Assert.True(serif.Contains(c), $"U+{(int)c:X4}");
        foreach (var c in new[] { 0x1F600, 0x1D538, 0x6F22 }) Assert.False(serif.Contains(c), $"U+{c:X4}");
    }

    public static TheoryData<string> FaceSets => new()
    {
        "Noto Serif", "Noto Sans", "Noto Serif|Noto Sans", "Noto Sans|Noto Serif", "",
    };

    [Theory]
    [MemberData(nameof(FaceSets))]
    public void The_printable_table_built_from_ranges_agrees_with_asking_every_face_for_every_character(string families)
    {
        var faces = families.Split('|', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(family => new[] { false, true }.SelectMany(bold => new[] { false, true }
                .Select(italic => FontLibrary.Shared.Resolve(new FontFaceKey(family, bold, italic)))))
            .Distinct().ToArray();
        var table = PrintableText.BmpTable(faces);
        var coverages = faces.Select(GlyphCoverage.Of).ToArray();
        var disagreements = Enumerable.Range(0, 0x10000)
            .Where(c => table[c] != (!char.IsSurrogate((char)c) && (c < 0x20 || c == 0xAD || coverages.All(coverage => coverage.Contains(c)))))
            .Take(10).Select(c => $"U+{c:X4}").ToList();
        Assert.Empty(disagreements);
        Assert.True(table.Count(printable => printable) > (faces.Length == 0 ? 60000 : 500));
    }

    [Fact]
    public void A_character_no_face_has_is_printed_as_the_replacement_character_and_remembered()
    {
        var printable = new PrintableText(new TypesettingStyle());
        Assert.Same("Straße „Zeit“ – 20 € …", printable.Apply("Straße „Zeit“ – 20 € …"));
        // The heart is DejaVu Sans's (the fallback face, drawn beside the text's); its variation selector stays, drawn as nothing.
        Assert.Equal("Lachen \uFFFD, Herz ❤\uFE0F, \uFFFD und \uFFFD.", printable.Apply("Lachen 😀, Herz ❤\uFE0F, 中 und 𝔸."));
        Assert.Equal([new Rune('中'), new Rune(0x1D538), new Rune(0x1F600)], printable.Missing);
    }

    [Fact]
    public void A_document_with_missing_glyphs_keeps_every_other_character_and_says_which_were_missing()
    {
        var blocks = new Block[]
        {
            new Heading(1, [new TextRun("Überschrift 🎉")]),
            new Paragraph([new TextRun("Vorher "), new TextRun("😀", InlineStyle.Bold), new TextRun(" nachher und ein Ende.")]),
        };
        var result = new Typesetter(new TypesettingStyle()).Render(new TypesetDocument(blocks, RenderFixture.Info));
        var path = Path.Combine(Path.GetTempPath(), $"glyphs-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(path, result.Pdf);
            var text = Tool.Run("pdftotext", path, "-").Output;
            Assert.Contains("Überschrift \uFFFD", text);
            Assert.Contains("Vorher \uFFFD nachher und ein Ende.", text);
            Assert.Equal([new Rune(0x1F389), new Rune(0x1F600)], result.MissingGlyphs);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool IsBlankAllowed(int c) =>
        c < 0x10000 && (char.IsWhiteSpace((char)c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpaceSeparator);

    private static string ExtractShipped(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{name}-{Environment.ProcessId}.ttf");
        if (!File.Exists(path))
        {
            using var stream = typeof(FontLibrary).Assembly.GetManifestResourceStream($"Publisher.Typesetting.Fonts.{name}.ttf")!;
            using var file = File.Create(path);
            stream.CopyTo(file);
        }
        return path;
    }

    /// <summary>The characters fc-query lists for the font: ranges like "20-7e" separated by spaces.</summary>
    private static HashSet<int> FontconfigCharset(string path)
    {
        var (exit, output) = Tool.Run("fc-query", "--format", "%{charset}", path);
        Assert.Equal(0, exit);
        var set = new HashSet<int>();
        foreach (var range in output.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = range.Split('-');
            var first = int.Parse(ends[0], NumberStyles.HexNumber);
            var last = ends.Length > 1 ? int.Parse(ends[1], NumberStyles.HexNumber) : first;
            for (var c = first; c <= last; c++) set.Add(c);
        }
        return set;
    }
}
