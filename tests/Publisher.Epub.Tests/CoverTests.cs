using Publisher.Epub.Cover;
using Publisher.Epub.Tests.Support;
using Publisher.Templating;
using SkiaSharp;

namespace Publisher.Epub.Tests;

public class CoverTests
{
    [Fact]
    public void The_cover_shows_its_text_in_grey_on_white()
    {
        var png = CoverRasterizer.ToPng("""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 1800">
              <rect x="0" y="0" width="1200" height="300" fill="#202020"/>
              <text x="600" y="900" font-size="150" font-weight="bold" text-anchor="middle">Woche 46/2026</text>
              <g transform="translate(0 100)"><line x1="80" y1="1300" x2="1120" y2="1300" stroke="#000" stroke-width="8"/></g>
            </svg>
            """, out var problem);
        Assert.Null(problem);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((CoverRasterizer.PixelWidth, CoverRasterizer.PixelHeight), (bitmap.Width, bitmap.Height));
        byte Grey(float x, float y) => bitmap.GetPixel((int)(x * bitmap.Width), (int)(y * bitmap.Height)).Red;
        Assert.True(Grey(0.5f, 0.05f) < 64, "masthead band is dark");
        Assert.True(Grey(0.5f, 0.3f) > 240, "background is white");
        var textRow = Enumerable.Range(0, bitmap.Width).Count(x => bitmap.GetPixel(x, (int)(bitmap.Height * 0.49)).Red < 128);
        Assert.True(textRow > bitmap.Width / 20, "the heading's glyphs leave ink on their row");
        Assert.True(Grey(0.5f, 1400f / 1800) < 128, "the translated line is drawn");
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><image href=\"https://x.example/a.png\"/></svg>", "<image> is not supported")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect fill=\"url(#g)\"/></svg>", "not a colour")]
    [InlineData("<svg viewBox=\"0 0 10 10\"></svg>", "SVG namespace")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect", "not well-formed")]
    public void A_cover_it_cannot_draw_is_reported_not_guessed(string svg, string expected)
    {
        Assert.Null(CoverRasterizer.ToPng(svg, out var problem));
        Assert.Contains(expected, problem);
    }

    [Fact]
    public void A_broken_cover_template_fails_the_book_with_the_template_location()
    {
        var overrides = Directory.CreateTempSubdirectory("epub-templates-").FullName;
        Directory.CreateDirectory(Path.Combine(overrides, "epub"));
        File.WriteAllText(Path.Combine(overrides, "epub", "cover.svg.sbn"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n<foreignObject/>\n</svg>");
        var corpus = Corpora.Generated(count: 3, weeks: 1);
        var job = new EpubFormat(BookFiles.Renderer(overrides)).Plan(corpus, new Core.Diagnostics.DiagnosticBag())[0];

        var error = Assert.Throws<TemplateError>(() => job.Write(new MemoryStream()));

        Assert.Equal(Path.Combine(overrides, "epub", "cover.svg.sbn"), error.Location);
        Assert.Contains("line 2", error.Problem);
    }

    [Fact]
    public void Characters_the_cover_fonts_lack_are_left_off_the_cover_with_a_warning()
    {
        var folder = Corpora.WriteFolder(
            ("site.yml", "title: 東京日報 Tokio\nbase_url: https://t.example/\nlanguage: ja\n"),
            ("a.md", "---\ntitle: Eins\ndate: 2026-05-05\ntags: [\"🙂 Emoji\", 政治]\n---\nText 東京.\n"));
        var (corpus, diagnostics) = Corpora.FromFolder(folder);

        new EpubFormat(BookFiles.Renderer()).Plan(corpus, diagnostics);

        var warnings = diagnostics.Sorted().Select(d => d.ToString()).ToList();
        Assert.Contains(warnings, w => w.StartsWith("site.yml:1: warning: the cover font has no glyph for U+6771 '東'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("a.md:4: warning: the cover font has no glyph for U+1F642", StringComparison.Ordinal) && w.Contains("'🙂 Emoji'"));
        Assert.Equal(["Tokio"], CoverLayout.Fit(corpus.Site.Title, bold: true, maxWidth: 1040, maxSize: 110, minSize: 40, maxLines: 2).Lines);
        Assert.Equal(["Emoji"], CoverLayout.Fit("🙂 Emoji", bold: false, maxWidth: 1040, maxSize: 60, minSize: 36, maxLines: 3).Lines);
    }

    [Fact]
    public void Right_to_left_cover_text_comes_in_drawing_order_and_arabic_letters_joined()
    {
        // The painter draws glyph by glyph from the left: Hebrew's first letter must come last.
        Assert.Equal(["תושדח רתא"], CoverLayout.Fit("אתר חדשות", bold: true, maxWidth: 1040, maxSize: 110, minSize: 40, maxLines: 2).Lines);
        // عربية: ain initial, reh final, beh initial, yeh medial, teh marbuta final; drawn from the left, the last first.
        Assert.Equal(["\uFE94\uFEF4\uFE91\uFEAE\uFECB"], CoverLayout.Fit("عربية", bold: false, maxWidth: 1040, maxSize: 60, minSize: 36, maxLines: 3).Lines);
        Assert.Equal(["Kultur"], CoverLayout.Fit("Kultur", bold: false, maxWidth: 1040, maxSize: 60, minSize: 36, maxLines: 3).Lines);
    }

    [Fact]
    public void Long_cover_text_is_fitted_into_the_width()
    {
        var fitted = CoverLayout.Fit(string.Join(' ', Enumerable.Repeat("Donaudampfschifffahrtsgesellschaft", 6)), bold: true, maxWidth: 1040, maxSize: 150, minSize: 56, maxLines: 3);
        Assert.InRange(fitted.Lines.Count, 1, 3);
        Assert.InRange(fitted.Size, 56, 150);
        Assert.EndsWith("…", fitted.Lines[^1]);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(600)]
    [InlineData(1040)]
    public void Tag_lines_never_start_or_end_with_the_separator_and_keep_every_tag_whole(float width)
    {
        string[] tags = ["Verkehr", "Klima", "Stadtentwicklung", "Kunst & Kultur", "Wohnen", "Bildung", "Mieten & Wohnen", "Wissenschaft", "Sport"];
        var fitted = CoverLayout.Fit(string.Join(" · ", tags), bold: false, maxWidth: width, maxSize: 60, minSize: 36, maxLines: 6);
        Assert.True(fitted.Lines.Count > 1, "the test wants the tags wrapped");
        Assert.All(fitted.Lines, line => Assert.False(line.StartsWith('·') || line.EndsWith('·'), line));
        Assert.Equal(tags, fitted.Lines.SelectMany(line => line.Split(" · ")));
    }

    [Fact]
    public void A_cover_drawn_after_others_that_start_alike_equals_the_cover_drawn_alone()
    {
        static string Svg(string heading, string band = "#202020", string masthead = "Benchmark Bote", int shift = 0) => $"""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 1800">
            <rect width="1200" height="1800" fill="#ffffff"/>
            <rect x="0" y="0" width="1200" height="300" fill="{band}"/>
            <g transform="translate(0 {shift})"><text x="600" y="200" font-size="110" font-weight="bold" fill="#ffffff" text-anchor="middle">{masthead}</text></g>
            <text x="600" y="900" font-size="150" font-weight="bold" text-anchor="middle">{heading}</text>
            </svg>
            """;
        string[] covers = [Svg("Woche 1"), Svg("Woche 2"), Svg("Woche 3"), Svg("Woche 4", band: "#404040"), Svg("Woche 5"), Svg("Woche 6", masthead: "Andere Zeitung"), Svg("Woche 7"),
            Svg("Woche 8", shift: 10), Svg("Woche 9", shift: 10), Svg("Woche 10")];

        var inOneThread = new List<byte[]>();
        var thread = new Thread(() => inOneThread.AddRange(covers.Select(svg => CoverRasterizer.ToPng(svg, out _)!)));
        thread.Start();
        thread.Join();

        for (var i = 0; i < covers.Length; i++)
        {
            byte[]? alone = null;
            var fresh = new Thread(() => alone = CoverRasterizer.ToPng(covers[i], out _)); // a new thread keeps no start
            fresh.Start();
            fresh.Join();
            Assert.Equal(alone, inOneThread[i]);
        }
        Assert.NotEqual(inOneThread[0], inOneThread[1]);
    }
}
