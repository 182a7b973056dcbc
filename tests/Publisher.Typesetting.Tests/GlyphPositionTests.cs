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
                        var first = text.Piece.Text;
                        if (first.Length == 0 || char.IsWhiteSpace(first[0]) || char.IsSurrogate(first[0])) continue;
                        var x = placement.X + flow.IndentLeft + text.X;
                        var y = top + line.Baseline;
                        Assert.True(origins.Any(o => o.Value == first[0].ToString() && Math.Abs(o.X - x) < 0.02 && Math.Abs(o.Y - y) < 0.02),
                            $"page {pageIndex + 1}: '{text.Piece.Text}' not found at ({x:0.###}, {y:0.###})");
                        checkedPieces++;
                    }
                    top += line.Height;
                }
            }
        }
        Assert.True(checkedPieces > 500, $"only {checkedPieces} pieces checked");
    }

    [Fact]
    public void The_probe_holds_the_first_character_and_the_unknown_ones_and_its_tj_becomes_the_run()
    {
        var glyphs = new GlyphTable();
        glyphs.Learn('a', 0x44);
        var show = new SpacedTextShow();
        show.AddText("ab");
        show.AddShift(1.5, 10); // 1.5 pt more after "ab"
        show.AddText(" ab");
        show.AddShift(0.00004, 10); // less than a tenth of a unit: no adjustment
        show.AddText("c");
        var probe = show.Probe(glyphs);
        Assert.Equal("ab c", probe);

        var content = new StringBuilder("BT\n/F0 10 Tf\n");
        var start = content.Length;
        content.Append("72 700 Td\n<00440045\n00030046> Tj\n"); // as PDFsharp writes it, line break included
        Assert.True(show.TryReplace(content, start, probe, glyphs));
        Assert.Equal("BT\n/F0 10 Tf\n72 700 Td\n[<00440045> -150 <0003004400450046>] TJ\n", content.ToString());
    }

    [Fact]
    public void An_unexpected_tail_is_left_alone()
    {
        var glyphs = new GlyphTable();
        var show = new SpacedTextShow();
        show.AddText("abc");
        var probe = show.Probe(glyphs);
        var content = new StringBuilder("72 700 Td\n<00010002> Tj\n"); // two glyphs for a three-letter probe
        Assert.False(show.TryReplace(content, 0, probe, glyphs));
        Assert.Equal("72 700 Td\n<00010002> Tj\n", content.ToString());
    }
}
