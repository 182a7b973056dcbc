using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.LineBreaking;
using Publisher.Typesetting.Styling;
using UglyToad.PdfPig;

namespace Publisher.Typesetting.Tests;

/// <summary>&lt;pre&gt; end to end: white space and lines as written, wrapping inside the frame, the monospaced font.</summary>
public sealed class PreformattedTests
{
    [Fact]
    public void Leading_spaces_and_line_breaks_are_kept_exactly()
    {
        // Indentation as spaces, as no-break spaces (what the templates may write) and as a tab; an empty line.
        const string code = "zero();\n    four();\n        eight();\n\u00A0\u00A0two();\n\n\tnext();";
        using var rendered = new RenderedMarkup($"<p>Davor.</p><pre>{code}</pre><p>Danach.</p>");
        Assert.Empty(rendered.Markup.Diagnostics);
        var letters = rendered.Letters.ToList();
        var text = rendered.Text;
        var space = FontMetrics.For(new FontFaceKey(FontLibrary.MonospaceFamily, false, false))
            .Width(' ', rendered.Style.BodySize * rendered.Style.MonospaceScale);
        PlacedLetter First(string word) => letters[text.IndexOf(word, StringComparison.Ordinal)];
        var zero = First("zero");
        Assert.Equal(zero.Left + 4 * space, First("four").Left, 0.02);
        Assert.Equal(zero.Left + 8 * space, First("eight").Left, 0.02);
        Assert.Equal(zero.Left + 2 * space, First("two").Left, 0.02);
        Assert.Equal(zero.Left + PreformattedSetter.TabColumns * space, First("next").Left, 0.02);
        Assert.StartsWith(FontLibrary.MonospaceFamily, zero.FontName[(zero.FontName.IndexOf('+') + 1)..]);

        // One line each, one leading apart; the empty line keeps its place.
        double[] baselines = [.. new[] { "zero", "four", "eight", "two", "next" }.Select(w => First(w).Baseline)];
        var leading = baselines[1] - baselines[0];
        Assert.True(leading > 5, $"leading {leading}");
        Assert.Equal(baselines[0] + 3 * leading, baselines[3], 0.01);
        Assert.Equal(baselines[0] + 5 * leading, baselines[4], 0.01);
        Assert.Equal("Davor.zero();four();eight();two();next();Danach.", text);
    }

    [Fact]
    public void A_line_longer_than_the_frame_wraps_inside_it_and_loses_nothing()
    {
        var words = Enumerable.Range(1, 60).Select(i => $"arg{i:00}").ToArray();
        var unbroken = new string('#', 150);
        var code = $"  call({string.Join(", ", words)});\n{unbroken}\nend";
        using var rendered = new RenderedMarkup($"<pre>{code}</pre>", "data-page-size=\"A5\" data-columns=\"2\" data-margin=\"36\"");
        rendered.AssertInsideTheFrame();
        Assert.Equal(code.Replace(" ", "").Replace("\n", ""), rendered.Text);
        var letters = rendered.Letters.ToList();
        var call = letters[rendered.Text.IndexOf("call", StringComparison.Ordinal)];
        var callLines = letters.Take(rendered.Text.IndexOf('#')).GroupBy(l => Math.Round(l.Baseline, 1)).ToList();
        Assert.True(callLines.Count >= 3, $"the long line was set on {callLines.Count} lines");
        // Continuation lines stand deeper than the line they continue, and break after a comma (between arguments).
        Assert.All(callLines.Skip(1), line => Assert.True(line.Min(l => l.Left) > call.Left + 1));
        Assert.All(callLines.SkipLast(1), line => Assert.Equal(",", line.Last().Value));
        var hashLines = letters.Where(l => l.Value == "#").GroupBy(l => Math.Round(l.Baseline, 1)).Count();
        Assert.True(hashLines >= 3, $"the unbroken line was set on {hashLines} lines");
    }

    [Fact]
    public void A_wrapped_line_is_marked_in_the_indent_of_its_continuations_and_an_indented_line_is_not()
    {
        var format = new ParagraphFormat { Family = FontLibrary.MonospaceFamily, Size = 10 };
        var space = FontMetrics.For(format.Face).Width(' ', 10);
        var lines = PreformattedSetter.Set([new TextRun("  call(alpha, beta, gamma)\n    indented = 1\n" + new string('#', 30))],
            format, 16 * space, 0.85);
        Assert.Equal(["call(alpha,", "beta, gamma)", "indented = 1", "################", "##############"], lines.Select(line => line.PlainText));
        Assert.Equal([false, true, false, false, true], lines.Select(line => line.Continuation is not null));
        foreach (var line in lines.Where(line => line.Continuation is not null))
        {
            var mark = line.Continuation!;
            Assert.True(mark.X >= 0 && mark.X + mark.Width <= line.Texts[0].X + 0.001, $"the mark of '{line.PlainText}' is not in its indent");
            Assert.Equal(PreformattedSetter.ContinuationIndent * space, mark.Width, 6);
        }
    }

    [Fact]
    public void The_mark_is_drawn_in_grey_strokes_before_each_continuation_and_text_extraction_gives_only_the_code()
    {
        // The reviewer's Python: the wrapped "fourth)" stood exactly where the indented line below it stands.
        const string code = "result = some_function_with_a_long_name(first_argument, second_argument, third_argument, fourth)\n  indented_for_real = 1";
        using var rendered = new RenderedMarkup($"<pre>{code}</pre>", "data-page-size=\"A5\" data-margin=\"36\"");
        rendered.AssertInsideTheFrame();
        var lines = rendered.Letters.GroupBy(l => Math.Round(l.Baseline, 1)).ToList();
        Assert.True(lines.Count >= 3, $"{lines.Count} lines");
        var indented = lines.Single(line => line.First().Value == "i");
        var continuations = lines.Skip(1).Where(line => line != indented).ToList();
        Assert.Equal(indented.First().Left, continuations[0].First().Left, 0.01); // the same indent: only the mark tells them apart

        using var pdf = PdfDocument.Open(rendered.PdfPath);
        var page = pdf.GetPage(1);
        var marks = page.Paths.Where(path => path.IsStroked).Select(path => path.GetBoundingRectangle()!.Value)
            .Select(box => (box.Left, box.Right, Top: page.Height - box.Top, Bottom: page.Height - box.Bottom)).ToList();
        Assert.All(page.Paths.Where(path => path.IsStroked), path => Assert.Equal((0.6, 0.6, 0.6), path.StrokeColor!.ToRGBValues()));
        foreach (var line in lines)
        {
            var first = line.First();
            var mine = marks.Where(m => m.Right <= first.Left + 0.01 && m.Right > first.Left - 3 * first.Letter.Width - 10
                                        && m.Top > first.Baseline - first.Letter.PointSize && m.Bottom <= first.Baseline).ToList();
            if (continuations.Contains(line)) Assert.True(mine.Count > 0, $"no mark before '{first.Value}' at {first.Baseline:0.##}");
            else Assert.Empty(mine);
        }
        var text = Tool.PageText(rendered.PdfPath, 1);
        Assert.DoesNotContain("↳", text);
        Assert.Equal(code.Replace(" ", "").Replace("\n", ""), string.Concat(text.Where(c => !char.IsWhiteSpace(c))));
    }

    [Fact]
    public void The_monospaced_font_is_embedded_as_a_subset_and_the_file_is_valid()
    {
        using var rendered = new RenderedMarkup("<pre>monospaced &amp; embedded\n  ├── box drawing ⎕</pre><p>⎕ not in the text fonts</p>");
        var (code, fonts) = Tool.Run("pdffonts", rendered.PdfPath);
        Assert.Equal(0, code);
        Assert.Matches(@"\+DejaVu Sans Mono\s.*\s+yes\s+yes\s+yes\s", fonts);
        var (checkCode, check) = Tool.Run("qpdf", "--check", rendered.PdfPath);
        Assert.True(checkCode == 0, check);
        var text = Tool.Run("pdftotext", "-layout", rendered.PdfPath, "-").Output;
        Assert.Contains("monospaced & embedded", text);
        // Box drawing and APL's quad are printable in the monospaced face; Noto Serif and DejaVu Sans (the fallback) lack the quad.
        Assert.Contains("├── box drawing ⎕", text);
        Assert.Contains("\uFFFD not in the text fonts", text);
        Assert.Equal([new System.Text.Rune('⎕')], rendered.Result.MissingGlyphs);
    }

    [Fact]
    public void The_setter_expands_tabs_and_caps_deep_indents_at_half_the_measure()
    {
        var format = new ParagraphFormat { Family = FontLibrary.MonospaceFamily, Size = 10 };
        var space = FontMetrics.For(format.Face).Width(' ', 10);
        var lines = PreformattedSetter.Set([new TextRun("ab\tc\n" + new string(' ', 40) + "deep words here\n")], format, 20 * space, 0.85);
        Assert.Equal(["ab      c", "deep words", "here"], lines.Select(line => line.PlainText)); // a final newline opens no line
        Assert.Equal(9 * space, lines[0].Width, 6);
        Assert.Equal(10 * space, lines[1].Texts[0].X, 6); // the indent of 40 is capped at half of 20 characters
        Assert.Equal(10 * space, lines[2].Texts[0].X, 6);
        Assert.All(lines, line => Assert.True(line.Width <= 20 * space + 0.001, $"'{line.PlainText}' is {line.Width} wide"));
    }
}
