using System.Text.RegularExpressions;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Styling;
using UglyToad.PdfPig;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// &lt;del&gt;, &lt;s&gt; and &lt;strike&gt;: the text still comes out, with a filled stroke across exactly the struck
/// letters of each line, between their baseline and their tops, in their colour; nothing else is struck.
/// </summary>
public sealed class StrikethroughTests
{
    [Fact]
    public void Del_s_and_strike_nest_with_emphasis_and_links()
    {
        var result = XhtmlReader.Read("""
            <html><body><p><del>weg <em>da</em></del> <s><strong>alt</strong></s> <strike><a href="https://example.org/">x</a></strike> <em><del>y</del></em> z</p></body></html>
            """, "strike.xhtml", new TypesettingStyle());
        Assert.Empty(result.Diagnostics);
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(result.Blocks));
        const InlineStyle struck = InlineStyle.Strikethrough;
        Assert.Equal(
        [
            new TextRun("weg ", struck), new TextRun("da", struck | InlineStyle.Italic), new TextRun(" "),
            new TextRun("alt", struck | InlineStyle.Bold), new TextRun(" "),
            new TextRun("x", struck, "https://example.org/"), new TextRun(" "),
            new TextRun("y", struck | InlineStyle.Italic), new TextRun(" z"),
        ], paragraph.Content);
    }

    [Fact]
    public void A_struck_word_keeps_its_letters_and_gets_one_stroke_across_them()
    {
        using var rendered = new RenderedMarkup("<p>Der Termin ist am <del>Montag</del> Dienstag.</p>");
        Assert.Equal("DerTerministamMontagDienstag.", rendered.Text);
        Assert.Contains("Der Termin ist am Montag Dienstag.", Tool.PageText(rendered.PdfPath, 1));
        var (exitCode, output) = Tool.Run("qpdf", "--check", rendered.PdfPath);
        Assert.True(exitCode == 0, output);
        var stroke = Assert.Single(FilledAreas(rendered));
        AssertStrikes(rendered, "Montag", [stroke]);
    }

    [Fact]
    public void Text_without_strikethrough_has_no_stroke()
    {
        using var rendered = new RenderedMarkup("<p>Der Termin ist am Montag, <em>nicht</em> am <a href=\"https://example.org/\">Dienstag</a>.</p>");
        Assert.Empty(FilledAreas(rendered));
    }

    [Fact]
    public void Only_the_struck_part_of_a_word_is_struck()
    {
        using var rendered = new RenderedMarkup("<p>Ein <s>Um</s>weg und ein Ende.</p>");
        Assert.Equal("EinUmwegundeinEnde.", rendered.Text);
        AssertStrikes(rendered, "Um", FilledAreas(rendered));
    }

    [Fact]
    public void On_a_justified_line_the_stroke_crosses_the_adjusted_spaces_of_the_struck_run_only()
    {
        var before = string.Join(" ", Enumerable.Repeat("Vorher steht hier ein gewöhnlicher Satz.", 3));
        var after = string.Join(" ", Enumerable.Repeat("Danach folgt noch ein weiterer gewöhnlicher Satz.", 6));
        using var rendered = new RenderedMarkup($"<p>{before} Es gilt <del>der alte Termin am Montag</del> nicht mehr. {after}</p>");
        var areas = FilledAreas(rendered);
        Assert.Single(areas);
        var letters = AssertStrikes(rendered, "deralteTerminamMontag", areas).Single();
        // The line is justified: the spaces inside the struck run are not the font's space, so its words are drawn apart.
        var space = Fonts.FontMetrics.For(new Fonts.FontFaceKey(Fonts.FontLibrary.SerifFamily, false, false)).Width(' ', rendered.Style.BodySize);
        var gap = letters[3].Left - letters[2].Right;
        Assert.True(Math.Abs(gap - space) > 0.05, $"the run's line is set with natural spaces ({gap:0.##}pt)");
    }

    [Fact]
    public void A_struck_word_broken_across_lines_is_struck_on_each_line()
    {
        const string word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenhalter";
        using var rendered = new RenderedMarkup($"<p>Der <del>{word}</del> geht.</p>", "data-columns=\"2\" data-body-size=\"16\"");
        var parts = AssertStrikes(rendered, word, FilledAreas(rendered));
        Assert.True(parts.Count >= 2, "the word was not broken");
        Assert.Equal("-", parts[0][^1].Value);
        Assert.Equal(word, string.Concat(parts.SelectMany(p => p).Select(l => l.Value)).Replace("-", ""));
    }

    [Fact]
    public void A_struck_link_is_struck_in_the_link_colour()
    {
        using var rendered = new RenderedMarkup("<p>Siehe <a href=\"https://example.org/\"><s>alte Seite</s></a> und <del>weg</del>.</p>");
        var areas = FilledAreas(rendered);
        AssertStrikes(rendered, "alteSeite", areas);
        AssertStrikes(rendered, "weg", areas);
        foreach (var area in areas)
        {
            var letter = rendered.Letters.First(l => l.Left >= area.Left - 0.5 && l.Right <= area.Right + 0.5);
            Assert.Equal(letter.Letter.FillColor.ToRGBValues(), area.Color);
        }
        Assert.NotEqual(areas[0].Color, areas[1].Color);
    }

    [Theory]
    [InlineData("Noto Serif", 322.0, 50.0)] // OS/2 yStrikeoutPosition and yStrikeoutSize at 1000 units per em
    [InlineData("DejaVu Sans Mono", 530 / 2.048, 102 / 2.048)] // the same at 2048 units per em
    public void The_stroke_height_and_thickness_come_from_the_font(string family, double top, double thickness)
    {
        var metrics = Fonts.FontMetrics.For(new Fonts.FontFaceKey(family, false, false));
        Assert.Equal(top, metrics.StrikethroughTop, 1);
        Assert.Equal(thickness, metrics.StrikethroughThickness, 1);
    }

    /// <summary>
    /// Finds <paramref name="struck"/> (no spaces; a line-end hyphen may stand between its letters) among the drawn
    /// letters and fails unless each line's part of it has exactly one area of <paramref name="areas"/> over it: from
    /// its first letter's left to its last letter's right (±0.5pt), between the baseline and the letters' tops. Returns
    /// the parts' letters, line by line.
    /// </summary>
    private static List<List<PlacedLetter>> AssertStrikes(RenderedMarkup rendered, string struck, IReadOnlyList<FilledArea> areas)
    {
        var letters = rendered.Letters.ToList();
        var match = Regex.Match(string.Concat(letters.Select(l => l.Value)), string.Join("-?", struck.Select(c => Regex.Escape(c.ToString()))));
        Assert.True(match.Success, $"'{struck}' was not drawn");
        var parts = letters.Skip(match.Index).Take(match.Length)
            .GroupBy(l => Math.Round(l.Baseline, 1)).Select(g => g.ToList()).ToList();
        foreach (var part in parts)
        {
            var (left, right, baseline) = (part[0].Left, part[^1].Right, part[0].Baseline);
            var top = part.Min(l => l.PageHeight - l.Letter.BoundingBox.Top);
            var text = string.Concat(part.Select(l => l.Value));
            var over = areas.Where(a => Math.Abs(a.Left - left) <= 0.5 && Math.Abs(a.Right - right) <= 0.5).ToList();
            Assert.True(over.Count == 1, $"'{text}' ({left:0.##}–{right:0.##}) has {over.Count} strokes; areas: {string.Join(", ", areas)}");
            var stroke = over[0];
            Assert.True(stroke.Top > top && stroke.Bottom < baseline, $"the stroke over '{text}' ({stroke}) is not between the tops {top:0.##} and the baseline {baseline:0.##}");
            Assert.True(stroke.Bottom - stroke.Top < 0.15 * part[0].Letter.PointSize, $"the stroke over '{text}' is {stroke.Bottom - stroke.Top:0.##}pt thick");
        }
        return parts;
    }

    /// <summary>A filled path's bounds (y from the page's top) and fill colour.</summary>
    private sealed record FilledArea(double Left, double Right, double Top, double Bottom, (double R, double G, double B) Color)
    {
        public override string ToString() => $"[{Left:0.##}–{Right:0.##} × {Top:0.##}–{Bottom:0.##}]";
    }

    private static List<FilledArea> FilledAreas(RenderedMarkup rendered)
    {
        using var pdf = PdfDocument.Open(rendered.PdfPath);
        var areas = new List<FilledArea>();
        foreach (var page in pdf.GetPages())
        {
            foreach (var path in page.Paths.Where(p => p.IsFilled))
            {
                var box = path.GetBoundingRectangle() ?? throw new Xunit.Sdk.XunitException("a filled path without bounds");
                areas.Add(new FilledArea(box.Left, box.Right, page.Height - box.Top, page.Height - box.Bottom, path.FillColor?.ToRGBValues() ?? (0, 0, 0)));
            }
        }
        return areas;
    }
}
