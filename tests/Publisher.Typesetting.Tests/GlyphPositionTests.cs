using System.Text;
using Publisher.Typesetting.Layout;
using Publisher.Typesetting.Rendering;
using Publisher.Typesetting.LineBreaking;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// Lines are drawn as runs (one string per style, words moved by TJ adjustments): every piece must
/// still start exactly where the line breaker set it, read back from the PDF with PdfPig.
/// </summary>
public sealed class GlyphPositionTests(RenderFixture fixture) : IClassFixture<RenderFixture>
{
    [Fact]
    public void Every_piece_starts_where_the_layout_set_it()
    {
        using var pdf = PdfDocument.Open(fixture.PdfPath);
        var checkedPieces = 0;
        foreach (var (pageNumber, letters, text, x, y) in DrawnPieces(pdf))
        {
            Assert.True(LetterAt(letters, text.Text[0], x, y) is not null, $"page {pageNumber}: '{text.Text}' not found at ({x:0.###}, {y:0.###})");
            checkedPieces++;
        }
        Assert.True(checkedPieces > 500, $"only {checkedPieces} pieces checked");
    }

    /// <summary>The canvas remembers the last run's face (metrics, glyph table, resource name): no piece may inherit it wrongly.</summary>
    [Fact]
    public void Every_piece_is_drawn_in_the_face_of_its_style()
    {
        using var pdf = PdfDocument.Open(fixture.PdfPath);
        var faces = new HashSet<string>();
        foreach (var (pageNumber, letters, text, x, y) in DrawnPieces(pdf))
        {
            var letter = LetterAt(letters, text.Text[0], x, y) ?? throw new Xunit.Sdk.XunitException($"page {pageNumber}: '{text.Text}' not found");
            var face = Publisher.Typesetting.Fonts.FontMetrics.For(text.Style.Face).Face;
            var expected = face.Family + (face is { Bold: false, Italic: false } ? " Regular" : "," + face.StyleName);
            var fontName = letter.FontName ?? "";
            var drawn = fontName[(fontName.IndexOf('+') + 1)..];
            Assert.True(drawn == expected, $"page {pageNumber}: '{text.Text}' drawn in {drawn}, not {expected}");
            faces.Add(drawn);
        }
        Assert.True(faces.Count >= 3, $"the sample drew only {string.Join(", ", faces)}");
    }

    /// <summary>
    /// Every piece of the fixture's layout that draws a visible first character, with the letters PdfPig read from its
    /// page and the origin the layout set for it (top-down y).
    /// </summary>
    private IEnumerable<(int PageNumber, PageLetters Letters, PlacedText Text, double X, double Y)> DrawnPieces(PdfDocument pdf)
    {
        var plan = fixture.Result.Plan;
        for (var pageIndex = 0; pageIndex < plan.PageCount; pageIndex++)
        {
            var page = pdf.GetPage(pageIndex + 1);
            var letters = new PageLetters(page.Height, [.. page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))]);
            foreach (var placement in plan.Pages[pageIndex].Placements)
            {
                if (fixture.Result.Flows[placement.Flow] is not TextFlow flow) continue;
                var top = placement.Y + (placement.FromLine == 0 && !placement.AtColumnTop ? flow.SpaceBefore : 0);
                for (var i = placement.FromLine; i < placement.ToLine; i++)
                {
                    var line = flow.Lines[i];
                    foreach (var text in line.Texts)
                    {
                        if (text.Text.Length == 0 || char.IsWhiteSpace(text.Text[0]) || char.IsSurrogate(text.Text[0])) continue;
                        yield return (pageIndex + 1, letters, text, placement.X + flow.IndentLeft + text.X, top + line.Baseline);
                    }
                    top += line.Height;
                }
            }
        }
    }

    /// <summary>The letter <paramref name="first"/> whose baseline starts at (x, y), y measured from the page's top.</summary>
    private static Letter? LetterAt(PageLetters page, char first, double x, double y) =>
        page.Letters.FirstOrDefault(l => l.Value == first.ToString() && Math.Abs(l.StartBaseLine.X - x) < 0.02
                                         && Math.Abs(page.Height - l.StartBaseLine.Y - y) < 0.02);

    /// <summary>A page's visible letters as PdfPig read them, and its height (PDF's y runs up from the bottom).</summary>
    private sealed record PageLetters(double Height, IReadOnlyList<Letter> Letters);

    [Fact]
    public void The_probe_holds_the_unknown_characters_and_the_run_becomes_one_tj()
    {
        var glyphs = new GlyphTable();
        glyphs.Learn('a', 0x44);
        var show = new SpacedTextShow();
        show.AddText("ab");
        show.AddShift(1.5, 10); // 1.5 pt more after "ab"
        show.AddText(" ab");
        show.AddShift(0.00004, 10); // less than a tenth of a unit: no adjustment
        show.AddText("c");
        Assert.Equal("b c", show.Probe(glyphs, withFirst: false));
        Assert.Equal("ab c", show.Probe(glyphs, withFirst: true));

        var content = new ContentStreamWriter();
        Assert.False(show.TryWrite(content, glyphs)); // b, space and c have no glyph ids yet
        Assert.Equal(0, content.Length);
        // The glyph ids as PDFsharp writes them for the probe "b c", line break included.
        Assert.True(PageFonts.TryLearn("0045\n00030046", "b c", glyphs));
        Assert.True(show.TryWrite(content, glyphs));
        Assert.Equal("[<00440045> -150 <0003004400450046>] TJ\n", System.Text.Encoding.ASCII.GetString(content.Written));
    }

    [Fact]
    public void Glyph_ids_that_do_not_match_the_probe_are_refused()
    {
        var glyphs = new GlyphTable();
        Assert.False(PageFonts.TryLearn("00010002", "abc", glyphs)); // two glyphs for a three-letter probe
        Assert.False(PageFonts.TryLearn("0001zz02", "ab", glyphs));
        Assert.False(glyphs.TryGet('c', out _));
    }

    [Fact]
    public void Numbers_are_written_with_at_most_four_decimals_and_no_negative_zero()
    {
        var content = new ContentStreamWriter();
        content.Number(12.5);
        content.Number(-0.00001);
        content.Number(348.46049);
        content.Short(1 / 3.0);
        content.Tenths(-150);
        content.Raw(" "u8);
        content.Tenths(238);
        Assert.Equal("12.5 0 348.4605 0.333 -15 23.8", System.Text.Encoding.ASCII.GetString(content.Written));
    }
}
