using System.Text;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.LineBreaking;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// Default-ignorable characters (direction marks, joiners, the word joiner, variation selectors, tags) are written but
/// never seen: no width, no glyph (Noto draws boxes for some), no report, and still in the text the typesetter reads.
/// </summary>
public sealed class IgnorableCharacterTests
{
    /// <summary>Each between brackets: LRM, RLM, ZWNJ, ZWJ, WJ, CGJ, ALM, ZWSP, LRE, invisible times, VS16, BOM, Hangul filler, a tag, a beam.</summary>
    private static readonly string[] Ignorables =
        ["\u200E", "\u200F", "\u200C", "\u200D", "\u2060", "\u034F", "\u061C", "\u200B", "\u202A", "\u2062", "\uFE0F", "\uFEFF", "\u3164", "\U000E0041", "\U0001D173"];

    [Fact]
    public void They_take_no_width_draw_nothing_and_are_not_reported_in_text_code_headings_and_preformatted_text()
    {
        var brackets = string.Concat(Ignorables.Select(c => $"[{c}] "));
        using var rendered = new RenderedMarkup($"<p>Zahl\u200F 42, {brackets}</p><h2>Kopf [\u200E] <code>[\u200D]</code></h2><pre>pre [\u2060]</pre>");

        Assert.Empty(rendered.Result.MissingGlyphs);
        Assert.Equal("Zahl42," + string.Concat(Enumerable.Repeat("[]", Ignorables.Length)) + "Kopf[][]pre[]", rendered.Text);
        var letters = rendered.Letters.ToList();
        for (var i = 0; i < letters.Count - 1; i++)
        {
            if (letters[i].Value != "[") continue;
            Assert.Equal("]", letters[i + 1].Value);
            Assert.Equal(letters[i].Right, letters[i + 1].Left, 0.01);
        }
    }

    [Fact]
    public void They_measure_nothing_in_every_shipped_face()
    {
        foreach (var family in new[] { FontLibrary.SerifFamily, FontLibrary.SansFamily, FontLibrary.MonospaceFamily, FontLibrary.FallbackFamily })
        {
            var metrics = FontMetrics.For(new FontFaceKey(family, false, false));
            foreach (var c in "\u200B\u200C\u200D\u200E\u200F\u2060\u034F\u061C\u202A\u202E\u206F\uFE00\uFE0F\uFEFF\u3164\uFFA0\u180E")
                Assert.True(metrics.Width(c, 10) == 0, $"U+{(int)c:X4} is {metrics.Width(c, 10)}pt wide in {family}");
            Assert.Equal(metrics.Width("Zahl", 10), metrics.Width("Za\u200Dh\u200El", 10), 6);
        }
    }

    [Fact]
    public void They_stay_in_the_text_where_line_breaking_and_shaping_read_them()
    {
        var printable = new PrintableText(new TypesettingStyle());
        const string text = "mi\u200Cxa\u200D, \u200Fgut\U000E0041\u2060";
        Assert.Equal(text, printable.Apply(text));
        Assert.Empty(printable.Missing);
        // Beside characters only the fallback face has, they stay in that face's run: one run, not three.
        var runs = printable.Apply(new TypesetDocument([new Paragraph([new TextRun("a →\u200D→ b")])], RenderFixture.Info)).Blocks;
        var content = Assert.IsType<Paragraph>(Assert.Single(runs)).Content;
        Assert.Equal(["a ", "→\u200D→", " b"], content.Cast<TextRun>().Select(run => run.Text));
    }

    [Fact]
    public void A_word_joiner_still_joins_a_word_too_wide_for_the_line()
    {
        Assert.Equal([1, 4], WordSplitter.Everywhere("ab\u2060cd").Select(b => b.Offset));
        Assert.Equal([1, 4], WordSplitter.Everywhere("ab\uFEFFcd").Select(b => b.Offset));
        // An address breaks after its separators, but not before a joiner.
        Assert.DoesNotContain(WordSplitter.Find("https://example.org/\u2060weiter", null, []), b => b.Offset == 20);

        var format = new ParagraphFormat { Family = FontLibrary.SerifFamily, Size = 10, Language = "xx", Alignment = TextAlignment.Left };
        var word = new string('m', 12) + "\u2060" + new string('n', 12);
        var lines = ParagraphSetter.Set([new TextRun(word)], format, FontMetrics.For(format.Face).Width(new string('m', 13), 10),
            0.85, Hyphenation.HyphenationLibrary.Default);
        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.False(line.PlainText.StartsWith('\u2060') || line.PlainText.EndsWith('\u2060'), $"'{line.PlainText}'"));
        Assert.Equal(word, string.Concat(lines.Select(line => line.PlainText)));
    }
}
