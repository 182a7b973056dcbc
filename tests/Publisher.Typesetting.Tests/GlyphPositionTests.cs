using System.Text;
using Publisher.Typesetting.Layout;
using Publisher.Typesetting.Rendering;
using UglyToad.PdfPig;

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
        var plan = fixture.Result.Plan;
        var checkedPieces = 0;
        for (var pageIndex = 0; pageIndex < plan.PageCount; pageIndex++)
        {
            var page = pdf.GetPage(pageIndex + 1);
            var origins = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
                .Select(l => (l.Value, X: l.StartBaseLine.X, Y: page.Height - l.StartBaseLine.Y)).ToList();
            foreach (var placement in plan.Pages[pageIndex].Placements)
            {
                if (fixture.Result.Flows[placement.Flow] is not TextFlow flow) continue;
                var top = placement.Y + (placement.FromLine == 0 && !placement.AtColumnTop ? flow.SpaceBefore : 0);
                for (var i = placement.FromLine; i < placement.ToLine; i++)
                {
                    var line = flow.Lines[i];
                    foreach (var text in line.Texts)
                    {
                        var first = text.Text;
                        if (first.Length == 0 || char.IsWhiteSpace(first[0]) || char.IsSurrogate(first[0])) continue;
                        var x = placement.X + flow.IndentLeft + text.X;
                        var y = top + line.Baseline;
                        Assert.True(origins.Any(o => o.Value == first[0].ToString() && Math.Abs(o.X - x) < 0.02 && Math.Abs(o.Y - y) < 0.02),
                            $"page {pageIndex + 1}: '{text.Text}' not found at ({x:0.###}, {y:0.###})");
                        checkedPieces++;
                    }
                    top += line.Height;
                }
            }
        }
        Assert.True(checkedPieces > 500, $"only {checkedPieces} pieces checked");
    }

    /// <summary>The canvas remembers the last run's face (metrics, glyph table, resource name): no piece may inherit it wrongly.</summary>
    [Fact]
    public void Every_piece_is_drawn_in_the_face_of_its_style()
    {
        using var pdf = PdfDocument.Open(fixture.PdfPath);
        var plan = fixture.Result.Plan;
        var faces = new HashSet<string>();
        for (var pageIndex = 0; pageIndex < plan.PageCount; pageIndex++)
        {
            var page = pdf.GetPage(pageIndex + 1);
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
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
                        var x = placement.X + flow.IndentLeft + text.X;
                        var y = top + line.Baseline;
                        var letter = letters.First(l => l.Value == text.Text[0].ToString()
                                                         && Math.Abs(l.StartBaseLine.X - x) < 0.02 && Math.Abs(page.Height - l.StartBaseLine.Y - y) < 0.02);
                        var face = Publisher.Typesetting.Fonts.FontMetrics.For(text.Style.Face).Face;
                        var expected = face.Family + (face is { Bold: false, Italic: false } ? " Regular" : "," + face.StyleName);
                        var fontName = letter.FontName ?? "";
                        var drawn = fontName[(fontName.IndexOf('+') + 1)..];
                        Assert.True(drawn == expected, $"page {pageIndex + 1}: '{text.Text}' drawn in {drawn}, not {expected}");
                        faces.Add(drawn);
                    }
                    top += line.Height;
                }
            }
        }
        Assert.True(faces.Count >= 3, $"the sample drew only {string.Join(", ", faces)}");
    }

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
