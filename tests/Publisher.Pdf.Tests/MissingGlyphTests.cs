using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Pdf.Digest;
using Publisher.Templating;

namespace Publisher.Pdf.Tests;

public sealed class MissingGlyphTests
{
    [Fact]
    public void Characters_the_fonts_lack_are_printed_as_a_replacement_and_reported_on_their_article_line()
    {
        var (printed, _, warnings) = Digest("fest.md", """
            ---
            title: "Ein Fest 🎉 im Kiez"
            date: 2026-11-10
            tags: [Kultur]
            ---

            Ein ganz gewöhnlicher Absatz.

            Mathematik mit 𝔸 und ein Lachen 😀 zum Schluss.
            """);

        Assert.Contains("Mathematik mit \uFFFD und ein Lachen \uFFFD zum Schluss.", printed);
        Assert.Contains("Ein Fest \uFFFD im Kiez", printed);
        Assert.Equal(2, warnings.Count);
        Assert.StartsWith("fest.md:2: warning: the PDF fonts have no glyph for U+1F389 '🎉'", warnings[0]);
        Assert.StartsWith("fest.md:9: warning: the PDF fonts have no glyph for U+1D538 '𝔸', U+1F600 '😀'", warnings[1]);
    }

    [Fact]
    public void Symbols_noto_lacks_print_from_the_fallback_face_in_title_contents_and_text_and_are_not_reported()
    {
        var (printed, fonts, warnings) = Digest("wege.md", """
            ---
            title: "Wege → Ziele"
            date: 2026-11-10
            tags: [Kultur]
            ---

            Wenn x ≤ 3 und y ≠ 0 gilt, dauert es ∞ lange; erledigt ✓, mit `a ≪ b` im Code.

            Ein Zeichen wie 中 hat keine Schrift.
            """);

        Assert.Contains("Wenn x ≤ 3 und y ≠ 0 gilt, dauert es ∞ lange; erledigt ✓, mit a ≪ b im Code.", printed);
        Assert.Contains("Ein Zeichen wie \uFFFD hat keine Schrift.", printed);
        Assert.Equal(1, printed.Count(c => c == '\uFFFD'));
        Assert.Equal(2, printed.Split("Wege → Ziele").Length - 1); // the headline and its contents entry
        Assert.Matches(@"\+DejaVu Sans\s.*\s+yes\s+yes\s+yes\s", fonts);
        Assert.StartsWith("wege.md:9: warning: the PDF fonts have no glyph for U+4E2D '中'", Assert.Single(warnings));
    }

    [Fact]
    public void Direction_marks_and_joiners_print_as_nothing_and_are_not_reported()
    {
        // The reviewer's article: Noto drew boxes for the marks and joiners, and the word joiner as a wide gap.
        var (printed, _, warnings) = Digest("marken.md", """
            ---
            title: "Format characters"
            date: 2026-11-10
            tags: [Kultur]
            ---

            Zahl 42, RLM[&rlm;] LRM[&lrm;] ZWNJ[&zwnj;] ZWJ[&zwj;] WJ[&#x2060;] VS[&#xFE0F;].
            """);

        // (An RLM before a number would move the number, as it does in a browser: it is a right-to-left letter to UAX #9.)
        Assert.Contains("Zahl 42, RLM[] LRM[] ZWNJ[] ZWJ[] WJ[] VS[].", printed);
        Assert.Empty(warnings);
    }

    /// <summary>The digest of one Markdown article, written as <paramref name="fileName"/>: its text as pdftotext reads it, pdffonts' list, the warnings.</summary>
    private static (string Printed, string Fonts, List<string> Warnings) Digest(string fileName, string text)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "glyphs-" + Guid.NewGuid().ToString("N")));
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, fileName), text);
            var site = WeekCorpus.Site();
            var diagnostics = new DiagnosticBag();
            var article = WeekCorpus.Article(fileName, text, site, diagnostics);
            var corpus = Corpus.Create(site, [article]);
            var renderer = new DigestRenderer(new TemplateRenderer(new TemplateSet(TemplateSet.ShippedDirectory)), sources: new SourceLines(folder.FullName));

            var result = renderer.Render(corpus, corpus.Weeks.Single(), diagnostics);

            var pdf = Path.Combine(folder.FullName, "digest.pdf");
            File.WriteAllBytes(pdf, result.Pdf);
            return (Tool.Run("pdftotext", pdf, "-").Output, Tool.Run("pdffonts", pdf).Output, [.. diagnostics.Sorted().Select(d => d.ToString())]);
        }
        finally
        {
            folder.Delete(true);
        }
    }
}
