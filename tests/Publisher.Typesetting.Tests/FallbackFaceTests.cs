using System.Text;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.Rendering;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// Symbols Noto has no glyph for (arrows, mathematical operators, check marks) are set in DejaVu Sans, the fallback
/// face, wherever text is set: they print, read back as written, and are measured in the face they are drawn in.
/// Only what no face has is printed as U+FFFD and reported.
/// </summary>
public sealed class FallbackFaceTests
{
    private const string Body = """
        <h2>Pfeile → und Grenzen ≤ 3</h2>
        <p>Von A → B, wenn x ≤ 3 und y ≠ 0, für ∞ Zeit, erledigt ✓.</p>
        <p><strong>Fett → ≠</strong> und <em>kursiv ≤ ∞</em>, Code <code>a ≪ b</code>, CJK 中 und 😀.</p>
        <table><tr><th>Regel</th><th>Wert</th></tr><tr><td>von 1 → 2 Schritte</td><td>x ≠ ∞ ✓ gilt</td></tr></table>
        """;

    private static string FamilyOf(PlacedLetter letter) => letter.FontName[(letter.FontName.IndexOf('+') + 1)..].Replace(" ", "");

    [Fact]
    public void Symbols_the_text_faces_lack_print_in_the_fallback_face_and_read_back_as_written()
    {
        using var rendered = new RenderedMarkup(Body);
        var text = Tool.Run("pdftotext", rendered.PdfPath, "-").Output;
        Assert.Contains("Pfeile → und Grenzen ≤ 3", text);
        Assert.Contains("Von A → B, wenn x ≤ 3 und y ≠ 0, für ∞ Zeit, erledigt ✓.", text);
        Assert.Contains("Fett → ≠ und kursiv ≤ ∞, Code a ≪ b, CJK \uFFFD und \uFFFD.", text);
        Assert.Contains("von 1 → 2 Schritte x ≠ ∞ ✓ gilt", text);
        // Only the characters no face has are replaced and reported.
        Assert.Equal(2, text.Count(c => c == '\uFFFD'));
        Assert.Equal([new Rune('中'), new Rune(0x1F600)], rendered.Result.MissingGlyphs);
    }

    [Fact]
    public void A_fallback_symbol_takes_the_weight_size_colour_and_baseline_of_its_text_upright_where_the_face_has_no_italics()
    {
        using var rendered = new RenderedMarkup(Body);
        var letters = rendered.Letters.ToList();
        var all = rendered.Text;
        PlacedLetter After(string before, int skip = 0) => letters[all.IndexOf(before, StringComparison.Ordinal) + before.Length + skip];

        var heading = After("Pfeile");
        Assert.Equal("→", heading.Value);
        Assert.Equal("DejaVuSans,Bold", FamilyOf(heading)); // headings are bold
        var plain = After("VonA");
        Assert.Equal("→", plain.Value);
        Assert.Equal("DejaVuSans", FamilyOf(plain));
        var bold = After("Fett");
        Assert.Equal("DejaVuSans,Bold", FamilyOf(bold));
        var italic = After("kursiv");
        Assert.Equal("≤", italic.Value);
        Assert.Equal("DejaVuSans", FamilyOf(italic)); // DejaVu Sans ships no oblique: upright, the same weight
        var code = After("Codea");
        Assert.Equal("≪", code.Value); // DejaVu Sans Mono lacks it, DejaVu Sans has it
        Assert.Equal("DejaVuSans", FamilyOf(code));
        var cell = After("Wertvon1");
        Assert.Equal("DejaVuSans", FamilyOf(cell));
        foreach (var (symbol, neighbour) in new[] { (plain, After("Von")), (bold, After("Fet")), (italic, After("kursi")), (cell, After("Wertvon")) })
        {
            Assert.Equal(neighbour.Baseline, symbol.Baseline, 0.01);
            Assert.Equal(neighbour.Letter.PointSize, symbol.Letter.PointSize, 0.01);
            Assert.Equal(neighbour.Letter.Color.ToRGBValues(), symbol.Letter.Color.ToRGBValues());
        }
        Assert.Equal(After("Code").Letter.PointSize, code.Letter.PointSize, 0.01); // the code's size, not the text's
    }

    [Fact]
    public void The_fallback_face_is_embedded_as_a_subset_only_where_it_is_used_and_reproducibly()
    {
        using var with = new RenderedMarkup(Body);
        using var again = new RenderedMarkup(Body);
        Assert.Equal(with.Result.Pdf, again.Result.Pdf); // the subsets' tags and contents too
        var fonts = Tool.Run("pdffonts", with.PdfPath).Output.Split('\n');
        var fallback = fonts.Where(row => row.Contains("+DejaVu Sans") && !row.Contains("Mono")).ToList();
        Assert.Equal(2, fallback.Count); // regular and bold
        Assert.All(fallback, row => Assert.Matches(@"^[A-Z]{6}\+DejaVu Sans(,Bold)?\s.*\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", row));
        // The subset holds the symbols drawn, not the face's 6,000 glyphs (DejaVu Sans alone is 740 kB).
        Assert.True(with.Result.Pdf.Length < 200_000, $"{with.Result.Pdf.Length} bytes");

        using var without = new RenderedMarkup("<h2>Pfeile</h2><p>Von A nach B, <strong>fett</strong>, <em>kursiv</em> und <code>a &lt; b</code>.</p>");
        var fontsWithout = Tool.Run("pdffonts", without.PdfPath).Output;
        Assert.Contains("+DejaVu Sans Mono", fontsWithout);
        Assert.DoesNotContain("DejaVu Sans", fontsWithout.Replace("DejaVu Sans Mono", ""));
    }

    [Fact]
    public void Justified_lines_with_fallback_symbols_end_at_the_measure()
    {
        var sentence = "Der Weg A → B ist kürzer als C → D, wenn x ≤ y ≠ z gilt, und ✓ markiert, was ∞ lange hält. ";
        using var rendered = new RenderedMarkup($"<p>{string.Concat(Enumerable.Repeat(sentence, 8))}</p>");
        rendered.AssertInsideTheFrame();
        var lines = rendered.Letters.GroupBy(l => Math.Round(l.Baseline, 1)).ToList();
        Assert.True(lines.Count >= 6, $"{lines.Count} lines");
        var right = rendered.Style.Margins.Left + rendered.Style.ColumnWidth;
        // Every line but the last is justified: its last letter ends at the column's edge, symbols measured in their own face.
        foreach (var line in lines.SkipLast(1))
            Assert.Equal(right, line.Max(l => l.Right), 0.3);
        Assert.Contains(rendered.Letters, l => l.Value == "→" && FamilyOf(l) == "DejaVuSans");
    }

    [Fact]
    public void Preformatted_text_running_headers_and_contents_entries_fall_back_too()
    {
        var blocks = new Block[]
        {
            new TableOfContents([new TocEntry("Pfeile → Ziele", "ziel", 1)]),
            new Heading(2, [new TextRun("Pfeile → Ziele")]) { Attributes = new BlockAttributes(Id: "ziel") },
            new Preformatted([new TextRun("if a ≪ b:\n    print(\"① ok\")")]),
        };
        var decorations = new PageDecorations(_ => new RunningText("Wochenschau → W10", Right: "Seite für x ≤ y gesetzt"), _ => null);
        var result = new Typesetter(new TypesettingStyle(), decorations: decorations).Render(new TypesetDocument(blocks, RenderFixture.Info));
        var path = Path.Combine(Path.GetTempPath(), $"fallback-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(path, result.Pdf);
            var text = Tool.Run("pdftotext", "-layout", path, "-").Output;
            Assert.Contains("Wochenschau → W10", text);
            Assert.Contains("Seite für x ≤ y gesetzt", text);
            Assert.Equal(2, text.Split("Pfeile → Ziele").Length - 1); // the contents entry and the heading
            Assert.Contains("if a ≪ b:", text);
            Assert.Contains("print(\"① ok\")", text);
            Assert.DoesNotContain("\uFFFD", text);
            Assert.Empty(result.MissingGlyphs);
            Assert.Equal(0, Tool.Run("qpdf", "--check", path).ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_run_is_cut_into_fallback_runs_only_around_the_symbols_its_faces_lack()
    {
        var printable = new PrintableText(new TypesettingStyle());
        var document = new TypesetDocument([new Paragraph([new TextRun("a → b ≤ c", InlineStyle.Bold, "https://example.com/"), new TextRun("ohne")])],
            RenderFixture.Info);
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(printable.Apply(document).Blocks));
        const InlineStyle fallback = InlineStyle.Bold | InlineStyle.Fallback;
        Assert.Equal(
        [
            new TextRun("a ", InlineStyle.Bold, "https://example.com/"), new TextRun("→", fallback, "https://example.com/"),
            new TextRun(" b ", InlineStyle.Bold, "https://example.com/"), new TextRun("≤", fallback, "https://example.com/"),
            new TextRun(" c", InlineStyle.Bold, "https://example.com/"), new TextRun("ohne"),
        ], paragraph.Content);
        Assert.Empty(printable.Missing);
        var unchanged = new TypesetDocument([new Paragraph([new TextRun("Straße „Zeit“ – 20 € …")])], RenderFixture.Info);
        Assert.Same(unchanged, printable.Apply(unchanged));
    }
}
