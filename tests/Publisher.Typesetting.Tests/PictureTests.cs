using Publisher.Typesetting.Document;
using Publisher.Typesetting.Layout;
using Publisher.Typesetting.Rendering;
using Publisher.Typesetting.Styling;
using UglyToad.PdfPig.Tokens;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// Pictures: &lt;figure&gt;&lt;img&gt;&lt;figcaption&gt; and a lone &lt;img&gt; read with the caller's resolver, laid out
/// in the column (never blown up beyond 150 dpi, never above 60 % of the body), never split, kept with their caption,
/// one image object per source, tagged as Figure with /Alt and /BBox.
/// </summary>
public sealed class PictureTests
{
    private static readonly TypesettingStyle Style = new();

    private static Func<string, PictureImage?> Pictures(params (string Src, PictureImage Image)[] images) =>
        src => images.FirstOrDefault(i => i.Src == src).Image;

    private static PictureImage Png(int width, int height, bool alpha = false) => new(TestImages.Png(width, height, alpha), "image/png", width, height);

    private static PictureImage Jpeg(int width, int height) => new(TestImages.Jpeg(width, height), "image/jpeg", width, height);

    private static UglyToad.PdfPig.Content.IPdfImage[] ImagesOn(string path, int page)
    {
        using var pdf = PdfPigDocument.Open(path);
        return [.. pdf.GetPage(page).GetImages()];
    }

    [Fact]
    public void A_wide_picture_fills_the_column_and_stays_inside_it()
    {
        using var rendered = new RenderedMarkup("""<p>Vorher.</p><figure><img src="wide.png" alt="Ein Verlauf"/><figcaption>Bildunterschrift</figcaption></figure>""",
            pictures: Pictures(("wide.png", Png(1200, 600))));
        var image = Assert.Single(ImagesOn(rendered.PdfPath, 1));
        var bounds = image.BoundingBox;
        Assert.Equal(Style.ColumnWidth, bounds.Width, 0.01);
        Assert.Equal(Style.ColumnWidth / 2, bounds.Height, 0.01);
        Assert.InRange(bounds.Left, Style.Margins.Left - 0.01, Style.Margins.Left + 0.01);
        Assert.InRange(bounds.Top, 0, Style.Page.Height - Style.Margins.Top + 0.01);
        Assert.InRange(bounds.Bottom, Style.Margins.Bottom - 0.01, Style.Page.Height);
        Assert.Equal(1200, image.WidthInSamples);
        Assert.Contains("Bildunterschrift", rendered.Text);
        Assert.Empty(rendered.Markup.Diagnostics);
    }

    [Fact]
    public void A_picture_with_more_than_300_dpi_where_it_is_drawn_is_stored_shrunk_to_300_dpi_a_jpeg_only_when_far_over()
    {
        var width = (int)Math.Ceiling(Style.ColumnWidth * 300 / 72);
        var slightly = width * 6 / 5; // 1.2 times: not worth a second generation of JPEG loss
        using var rendered = new RenderedMarkup("""
            <img src="big.png" alt="Groß"/><img src="big.jpg" alt="Auch groß"/><img src="big.png" alt="Nochmal"/><img src="slightly.jpg" alt="Etwas groß"/>
            """, pictures: Pictures(("big.png", Png(4000, 2000, alpha: true)), ("big.jpg", Jpeg(4000, 2000)), ("slightly.jpg", Jpeg(slightly, slightly / 2))));
        var shown = ImagesOn(rendered.PdfPath, 1).Concat(ImagesOn(rendered.PdfPath, 2)).ToList();
        Assert.Equal(4, shown.Count);
        Assert.All(shown, image => Assert.Equal(Style.ColumnWidth, image.BoundingBox.Width, 0.01));
        var objects = TestImages.ImageObjects(rendered.PdfPath);
        Assert.Equal(4, objects.Count);
        Assert.Single(objects, o => o is { Filter: "DCTDecode" } && o.Width == width && o.Height == (width + 1) / 2);
        Assert.Single(objects, o => o is { Filter: "DCTDecode" } && o.Width == slightly && o.Height == slightly / 2);
        Assert.Single(objects, o => o.Width == width && o.Height == (width + 1) / 2 && o.HasMask);
        Assert.Single(objects, o => o.Width == width && o.Height == (width + 1) / 2 && o is { HasMask: false, Filter: "FlateDecode" });
        var (code, output) = Tool.Run("qpdf", "--check", rendered.PdfPath);
        Assert.True(code == 0, output);
        // Shrunk, the JPEG is still the picture: its red grows from left to right as the original's (x · 255 / width).
        var prefix = rendered.PdfPath + ".images";
        Assert.Equal(0, Tool.Run("pdfimages", "-j", rendered.PdfPath, prefix).ExitCode);
        using var shrunk = Directory.EnumerateFiles(Path.GetDirectoryName(prefix)!, Path.GetFileName(prefix) + "*.jpg")
            .Select(SkiaSharp.SKBitmap.Decode).Single(bitmap => bitmap.Width == width);
        foreach (var x in new[] { width / 10, width / 2, width * 9 / 10 })
            Assert.InRange(shrunk.GetPixel(x, shrunk.Height / 2).Red, x * 255 / width - 12, x * 255 / width + 12);
    }

    [Fact]
    public void A_large_jpeg_that_does_not_decode_whole_is_kept_as_it_is()
    {
        var whole = TestImages.Jpeg(4000, 2000);
        var cut = whole[..(whole.Length / 2)];
        using var rendered = new RenderedMarkup("""<img src="cut.jpg" alt="Abgeschnitten"/>""", pictures: Pictures(("cut.jpg", new PictureImage(cut, "image/jpeg", 4000, 2000))));
        Assert.Single(TestImages.ImageObjects(rendered.PdfPath), o => o is { Width: 4000, Height: 2000, Filter: "DCTDecode" });
    }

    [Fact]
    public void A_pictures_colour_profile_is_its_iccbased_colour_space_stored_once_for_the_pictures_that_share_it()
    {
        PictureImage P3(string type, byte[] bytes) => new(bytes, type, 40, 30);
        using var rendered = new RenderedMarkup("""<img src="a.jpg" alt="A"/><img src="b.png" alt="B"/><img src="c.jpg" alt="C"/><img src="d.png" alt="D"/>""",
            pictures: Pictures(("a.jpg", P3("image/jpeg", TestImages.Jpeg(40, 30, colorSpace: TestImages.DisplayP3))),
                ("b.png", P3("image/png", TestImages.Png(40, 30, colorSpace: TestImages.DisplayP3))),
                ("c.jpg", P3("image/jpeg", TestImages.Jpeg(40, 30))), ("d.png", P3("image/png", TestImages.Png(40, 30)))));
        var (code, output) = Tool.Run("qpdf", "--check", rendered.PdfPath);
        Assert.True(code == 0, output);
        var colors = Tool.Run("pdfimages", "-list", rendered.PdfPath).Output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[5]).ToList();
        Assert.Equal(["icc", "icc", "rgb", "rgb"], colors);
        // One profile object for both P3 pictures, with its component count and the device space to fall back on.
        var json = Tool.Run("qpdf", "--json", "--json-key=qpdf", rendered.PdfPath).Output;
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(json, "\"/Alternate\": \"/DeviceRGB\""));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(json, "\"/ICCBased\""));
    }

    [Fact]
    public void A_gray_picture_with_an_rgb_profile_stays_rgb_in_that_profile()
    {
        using var bitmap = new SkiaSharp.SKBitmap(new SkiaSharp.SKImageInfo(20, 10, SkiaSharp.SKColorType.Rgba8888, SkiaSharp.SKAlphaType.Opaque, TestImages.DisplayP3));
        bitmap.Erase(new SkiaSharp.SKColor(90, 90, 90));
        using var encoded = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        using var rendered = new RenderedMarkup("""<img src="gray.png" alt="Grau"/><img src="plain.png" alt="Grau ohne Profil"/>""",
            pictures: Pictures(("gray.png", new PictureImage(encoded.ToArray(), "image/png", 20, 10)), ("plain.png", Png(20, 10) with { Bytes = Gray(20, 10) })));
        var columns = Tool.Run("pdfimages", "-list", rendered.PdfPath).Output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(c => (Color: c[5], Components: c[6])).ToList();
        Assert.Equal([("icc", "3"), ("gray", "1")], columns);
    }

    /// <summary>A PNG of one gray, without a colour profile.</summary>
    private static byte[] Gray(int width, int height)
    {
        using var bitmap = new SkiaSharp.SKBitmap(new SkiaSharp.SKImageInfo(width, height, SkiaSharp.SKColorType.Rgba8888, SkiaSharp.SKAlphaType.Opaque));
        bitmap.Erase(new SkiaSharp.SKColor(90, 90, 90));
        using var encoded = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return encoded.ToArray();
    }

    [Fact]
    public void A_tall_picture_is_scaled_down_to_sixty_percent_of_the_body_keeping_its_aspect_ratio()
    {
        using var rendered = new RenderedMarkup("""<figure><img src="tall.jpg" alt="Turm"/></figure>""", pictures: Pictures(("tall.jpg", Jpeg(500, 3000))));
        var bounds = Assert.Single(ImagesOn(rendered.PdfPath, 1)).BoundingBox;
        Assert.Equal(Style.ContentHeight * Composer.MaxHeightShare, bounds.Height, 0.01);
        Assert.Equal(bounds.Height / 6, bounds.Width, 0.01);
        // Centred in the column.
        Assert.Equal(Style.Margins.Left + Style.ColumnWidth / 2, (bounds.Left + bounds.Right) / 2, 0.01);
    }

    [Fact]
    public void A_small_picture_is_not_blown_up_beyond_150_dpi()
    {
        using var rendered = new RenderedMarkup("""<img src="icon.png" alt="Symbol"/>""", pictures: Pictures(("icon.png", Png(100, 50))));
        var bounds = Assert.Single(ImagesOn(rendered.PdfPath, 1)).BoundingBox;
        Assert.Equal(48, bounds.Width, 0.01); // 100 px at 150 dpi: 100 / 150 inch
        Assert.Equal(24, bounds.Height, 0.01);
    }

    /// <summary>
    /// Blocks: a line and a spacer leaving <paramref name="room"/> points of page 1 (a spacer alone would vanish at the
    /// column's top), then a picture 100 pt high (and a caption), then a paragraph.
    /// </summary>
    private static TypesetResult RenderAfterSpace(double room, bool caption)
    {
        // 1100 px wide: the picture is the column's width, so its height in points is set by its pixel height.
        var pixelHeight = (int)Math.Round(100 / Style.ColumnWidth * 1100);
        var image = Png(1100, pixelHeight);
        var typesetter = new Typesetter(Style, decorations: new PageDecorations(_ => null, _ => null));
        Paragraph first = new([new TextRun("Anfang.")]);
        var firstHeight = typesetter.Render(new TypesetDocument([first], RenderFixture.Info)).Flows[0].Measure(0, 1000, true).Height;
        List<Block> blocks =
        [
            first,
            new Spacer(Style.ContentHeight - firstHeight - room),
            new PictureBlock("p.png", image, "Bild", caption ? [new TextRun("Die Bildunterschrift")] : []),
            new Paragraph([new TextRun("Danach.")]),
        ];
        return typesetter.Render(new TypesetDocument(blocks, RenderFixture.Info));
    }

    private static int PageOf(TypesetResult result, Func<Flowable, bool> which) =>
        1 + result.Plan.Pages.FindIndex(page => page.Placements.Any(p => which(result.Flows[p.Flow])));

    [Fact]
    public void A_picture_that_does_not_fit_moves_whole_to_the_next_page()
    {
        var picture = (Func<Flowable, bool>)(f => f is PictureFlow);
        var height = ((PictureFlow)RenderAfterSpace(500, false).Flows.First(picture)).Height;
        Assert.InRange(height, 99, 101);
        var fits = RenderAfterSpace(height + Style.BodySize + 2, caption: false);
        Assert.Equal(1, PageOf(fits, picture));
        var tooLittle = RenderAfterSpace(height - 5, caption: false);
        Assert.Equal(2, PageOf(tooLittle, picture));
        var placement = tooLittle.Plan.Pages[1].Placements.Single(p => tooLittle.Flows[p.Flow] is PictureFlow);
        Assert.True(placement.AtColumnTop);
        Assert.Equal(Style.Margins.Top, placement.Y, 0.01);
        Assert.Contains(tooLittle.Plan.Decisions, d => d.Contains("moves whole to the next column"));
    }

    [Fact]
    public void A_caption_stays_on_its_pictures_page()
    {
        var picture = (Func<Flowable, bool>)(f => f is PictureFlow);
        var caption = (Func<Flowable, bool>)(f => f.LineTexts.Contains("Die Bildunterschrift"));
        var height = ((PictureFlow)RenderAfterSpace(500, false).Flows.First(picture)).Height;
        // Room for the picture (and its space above) but not for the caption's line: both go over.
        var room = height + Style.BodySize + 3;
        Assert.Equal(1, PageOf(RenderAfterSpace(room, caption: false), picture)); // it would fit alone
        var result = RenderAfterSpace(room, caption: true);
        Assert.Equal(2, PageOf(result, picture));
        Assert.Equal(2, PageOf(result, caption));
        // With room for both they stay on page 1.
        var roomy = RenderAfterSpace(room + 40, caption: true);
        Assert.Equal(1, PageOf(roomy, picture));
        Assert.Equal(1, PageOf(roomy, caption));
    }

    [Fact]
    public void A_picture_shown_three_times_is_stored_once()
    {
        using var rendered = new RenderedMarkup("""
            <img src="a.jpg" alt="Eins"/><p>Text</p><img src="a.jpg" alt="Zwei"/><img src="b.png" alt="Drei"/><img src="a.jpg" alt="Vier"/>
            """, pictures: Pictures(("a.jpg", Jpeg(64, 48)), ("b.png", Png(32, 32, alpha: true))));
        Assert.Equal(4, ImagesOn(rendered.PdfPath, 1).Length);
        var objects = TestImages.ImageObjects(rendered.PdfPath);
        // The JPEG once, passed through; the PNG once, with its alpha as a second (SMask) image.
        Assert.Equal(3, objects.Count);
        Assert.Single(objects, o => o is { Width: 64, Height: 48, Filter: "DCTDecode" });
        Assert.Single(objects, o => o is { Width: 32, Height: 32, HasMask: true });
        Assert.Single(objects, o => o is { Width: 32, Height: 32, HasMask: false });
    }

    [Fact]
    public void A_picture_with_alt_text_is_a_figure_with_alt_and_bbox_and_its_caption_a_caption()
    {
        using var rendered = new RenderedMarkup("""
            <p>Vorher.</p>
            <figure><img src="a.png" alt="Ein roter Verlauf"/><figcaption>Die Unterschrift</figcaption></figure>
            <figure><img src="a.png" alt=""/><figcaption>Nur Schmuck</figcaption></figure>
            <p>Nachher.</p>
            """, pictures: Pictures(("a.png", Png(300, 200, alpha: true))));
        var tree = TaggedStructure.Read(rendered.PdfPath);
        Assert.Empty(tree.Problems);
        // The decorative picture (empty alt) is an artifact; its caption a plain P.
        Assert.Equal("Document\n  P\n  Figure\n  Caption\n  P\n  P\n", tree.Root!.Outline());
        Assert.Equal("Die Unterschrift", tree.Root.Children[2].AllText.Trim());

        using var pdf = PdfPigDocument.Open(rendered.PdfPath);
        var figure = StructureElements(pdf).Single(e => e.Data.GetValueOrDefault("S") is NameToken { Data: "Figure" });
        Assert.Equal("Ein roter Verlauf", Assert.IsType<StringToken>(figure.Data["Alt"]).Data);
        var attributes = (DictionaryToken)figure.Data["A"];
        Assert.Equal("Layout", ((NameToken)attributes.Data["O"]).Data);
        var box = ((ArrayToken)attributes.Data["BBox"]).Data.Cast<NumericToken>().Select(n => n.Double).ToArray();
        var drawn = pdf.GetPage(1).GetImages().First().BoundingBox;
        Assert.Equal([drawn.Left, drawn.Bottom, drawn.Right, drawn.Top], box, new ToleranceComparer(0.01));
        // Both placements drawn: the first in the Figure's sequence, the second (decorative) in an artifact's.
        var operations = new MemoryStream();
        foreach (var operation in pdf.GetPage(1).Operations) operation.Write(operations);
        var content = System.Text.Encoding.Latin1.GetString(operations.ToArray());
        var draws = System.Text.RegularExpressions.Regex.Matches(content, @"/(\w+)\s+(<<[^>]*>>\s*)?B[DM]C\s+q\s+[-\d. ]+cm\s+/Im1 Do").Select(m => m.Groups[1].Value);
        Assert.True(draws.SequenceEqual(["Figure", "Artifact"]), content);
    }

    private static IEnumerable<DictionaryToken> StructureElements(PdfPigDocument pdf)
    {
        foreach (var reference in pdf.Structure.CrossReferenceTable.ObjectOffsets.Keys)
            if (pdf.Structure.GetObject(reference).Data is DictionaryToken d && d.Data.GetValueOrDefault("Type") is NameToken { Data: "StructElem" })
                yield return d;
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;
        public int GetHashCode(double obj) => 0;
    }

    [Fact]
    public void A_paragraph_holding_only_an_image_a_lone_image_and_a_figure_are_pictures_an_image_in_text_is_its_alt_text()
    {
        var images = Pictures(("a.png", Png(20, 10)));
        var read = Markup.XhtmlReader.Read("""
            <html><body>
            <p> <img src="a.png" alt="Eins"/> </p>
            <img src="a.png" alt="Zwei"/>
            <blockquote><figure><figcaption>Unter</figcaption><img src="a.png" alt="Drei"/></figure></blockquote>
            <p>Text <img src="a.png" alt="Vier"/> mehr</p>
            </body></html>
            """, "t.xhtml", Style, images);
        Assert.Empty(read.Diagnostics);
        Assert.Collection(read.Blocks,
            b => Assert.Equal("Eins", Assert.IsType<PictureBlock>(b).Alt),
            b => Assert.Equal("Zwei", Assert.IsType<PictureBlock>(b).Alt),
            b =>
            {
                var figure = Assert.IsType<PictureBlock>(Assert.Single(Assert.IsType<BlockQuote>(b).Children));
                Assert.Equal(("Drei", "Unter"), (figure.Alt, ((TextRun)figure.Caption.Single()).Text));
            },
            b => Assert.Equal("Text Vier mehr", string.Concat(Assert.IsType<Paragraph>(b).Content.Cast<TextRun>().Select(r => r.Text))));
    }

    [Fact]
    public void A_picture_the_resolver_does_not_find_is_set_as_its_alt_text_and_caption()
    {
        using var rendered = new RenderedMarkup("""
            <figure><img src="missing.png" alt="Ein fehlendes Bild"/><figcaption>Seine Unterschrift</figcaption></figure>
            <p>Ein <img src="inline.png" alt="Zeichen"/> im Satz.</p>
            <img src="broken.png" alt="Kaputt"/>
            <img src="lossless.jpg" alt="Verlustfrei"/>
            <figure><img src="twice.png" alt="Zweimal"/><figcaption>Erste</figcaption><figcaption>Zweite</figcaption></figure>
            <img src="misnamed.png" alt="Falsche Größe"/>
            """, pictures: Pictures(("broken.png", new PictureImage(new byte[] { 1, 2, 3 }, "image/png", 10, 10)),
                ("misnamed.png", new PictureImage(TestImages.Png(8, 8), "image/png", 9, 8) { DecodedBefore = true }),
                ("lossless.jpg", new PictureImage(Lossless(TestImages.Jpeg(8, 8)), "image/jpeg", 8, 8)), ("twice.png", Png(8, 8))));
        Assert.DoesNotContain(rendered.Markup.Blocks, b => b is PictureBlock);
        Assert.Contains("EinfehlendesBild", rendered.Text);
        Assert.Contains("SeineUnterschrift", rendered.Text);
        Assert.Contains("EinZeichenimSatz", rendered.Text);
        Assert.Contains("Kaputt", rendered.Text);
        Assert.Empty(ImagesOn(rendered.PdfPath, 1));
        Assert.Contains(rendered.Markup.Diagnostics, d => d.Message.Contains("'missing.png' was not found"));
        Assert.Contains(rendered.Markup.Diagnostics, d => d.Message.Contains("'broken.png' cannot be embedded"));
        Assert.Contains(rendered.Markup.Diagnostics, d => d.Message.Contains("'lossless.jpg' cannot be embedded"));
        Assert.Contains(rendered.Markup.Diagnostics, d => d.Message.Contains("'misnamed.png' cannot be embedded (stored 8×8 pixels, not 9×8)"));
        Assert.Contains("Verlustfrei", rendered.Text);
        Assert.Contains("Erste", rendered.Text);
        Assert.Contains("Zweite", rendered.Text);
    }

    /// <summary>A baseline JPEG marked as a lossless one (SOF3), which PDF viewers need not decode.</summary>
    private static byte[] Lossless(byte[] jpeg)
    {
        var at = jpeg.AsSpan().IndexOf(new byte[] { 0xFF, 0xC0 });
        jpeg[at + 1] = 0xC3;
        return jpeg;
    }

    [Fact]
    public void Pictures_pass_qpdf_and_pdfimages_lists_them_at_their_pixel_sizes()
    {
        using var rendered = new RenderedMarkup("""<img src="a.png" alt="A"/><img src="b.jpg" alt="B"/><img src="c.png" alt="C"/>""",
            pictures: Pictures(("a.png", Png(120, 80, alpha: true)), ("b.jpg", Jpeg(90, 60)), ("c.png", Png(40, 30))));
        var (code, output) = Tool.Run("qpdf", "--check", rendered.PdfPath);
        Assert.True(code == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output);
        var uncompressed = rendered.PdfPath + ".raw.pdf";
        var (rawCode, rawOutput) = Tool.Run("qpdf", "--stream-data=uncompress", rendered.PdfPath, uncompressed);
        Assert.True(rawCode == 0, rawOutput);
        var list = Tool.Run("pdfimages", "-list", rendered.PdfPath).Output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(c => (Type: c[2], Width: c[3], Height: c[4], Color: c[5], Enc: c[8])).ToList();
        Assert.Equal([("image", "120", "80", "rgb", "image"), ("smask", "120", "80", "gray", "image"), ("image", "90", "60", "rgb", "jpeg"), ("image", "40", "30", "rgb", "image")],
            list.Select(l => (l.Type, l.Width, l.Height, l.Color, l.Enc)));
    }
}
