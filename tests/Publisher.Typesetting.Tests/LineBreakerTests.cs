using Publisher.Typesetting.Document;
using Publisher.Typesetting.Hyphenation;
using Publisher.Typesetting.LineBreaking;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

public sealed class LineBreakerTests
{
    private static ParagraphFormat Format(string language, TextAlignment alignment = TextAlignment.Justify) => new()
    {
        Family = Fonts.FontLibrary.SerifFamily, Size = 10, Language = language, Alignment = alignment,
    };

    public static TheoryData<int, double, string> Cases()
    {
        var data = new TheoryData<int, double, string>();
        foreach (var seed in new[] { 1, 2, 3 })
        foreach (var width in new[] { 120.0, 190.0, 260.0, 480.0 })
        foreach (var language in new[] { "de", "en" })
            data.Add(seed, width, language);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_line_is_wider_than_the_measure_and_the_text_comes_back_whole(int seed, double width, string language)
    {
        var text = SampleText.Paragraph(new Random(seed), language == "de", 5);
        var lines = ParagraphSetter.Set([new TextRun(text)], Format(language), width, 0.85, HyphenationLibrary.Default);

        foreach (var line in lines)
        {
            Assert.True(line.Width <= width + 0.01, $"line '{line.PlainText}' is {line.Width:0.00}pt wide, measure {width}pt");
            foreach (var placed in line.Texts)
                Assert.True(placed.X >= -0.001 && placed.X + placed.Width <= width + 0.01, $"'{placed.Text}' sticks out");
        }
        Assert.Equal(Words(text), Words(Rejoin(lines)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hyphens_stand_only_at_valid_hyphenation_points(int seed, double width, string language)
    {
        var text = SampleText.Paragraph(new Random(seed), language == "de", 5);
        var hyphenator = HyphenationLibrary.Default.For(language);
        var lines = ParagraphSetter.Set([new TextRun(text)], Format(language), width, 0.85, HyphenationLibrary.Default);
        for (var i = 0; i < lines.Count - 1; i++)
        {
            var current = lines[i].PlainText;
            if (!current.EndsWith('-') || current.EndsWith(" -") || current.EndsWith("–")) continue;
            var head = current.Split(' ')[^1].TrimEnd('-');
            var tail = lines[i + 1].PlainText.Split(' ')[0];
            var word = new string((head + tail).Where(char.IsLetter).ToArray());
            var offset = head.Count(char.IsLetter);
            Assert.Contains(offset, hyphenator.Hyphenate(word));
        }
    }

    [Fact]
    public void Justified_lines_fill_the_measure_and_are_never_stretched_apart()
    {
        var text = SampleText.Paragraph(new Random(11), true, 8);
        const double width = 240;
        var lines = ParagraphSetter.Set([new TextRun(text)], Format("de"), width, 0.85, HyphenationLibrary.Default);
        Assert.True(lines.Count > 3);
        foreach (var line in lines.Take(lines.Count - 1))
        {
            var filled = Math.Abs(line.Width - width) < 0.05;
            var spaces = line.Texts.Count - 1;
            // A line either fills the measure or (too loose to justify) is set ragged with natural spaces.
            Assert.True(filled || line.Width < width, $"'{line.PlainText}'");
            if (filled && spaces > 0)
            {
                var natural = line.Texts.Sum(t => t.Width);
                var gap = (width - natural) / spaces;
                var space = Fonts.FontMetrics.For(line.Texts[0].Style.Face).Width(' ', 10);
                Assert.True(gap <= space * (1 + 0.5 * LineSetter.MaxStretchRatio) + 0.01, $"spaces of {gap:0.00}pt in '{line.PlainText}'");
            }
        }
    }

    [Fact]
    public void A_word_wider_than_the_measure_is_split_rather_than_drawn_outside()
    {
        var url = "https://example.org/" + new string('x', 120);
        var lines = ParagraphSetter.Set([new TextRun("See " + url, Link: url)], Format("en", TextAlignment.Left), 100, 0.85, HyphenationLibrary.Default);
        Assert.All(lines, line => Assert.True(line.Width <= 100.01));
        Assert.Equal("See" + url, string.Concat(lines.Select(l => l.PlainText)).Replace(" ", ""));
    }

    [Fact]
    public void Total_fit_never_chooses_worse_than_first_fit_for_the_same_material()
    {
        var text = SampleText.Paragraph(new Random(5), false, 6);
        var format = Format("en");
        var builder = new ParagraphItemsBuilder(format, 0.85, 200);
        var items = builder.Build([new TextRun(text)], null);
        var breaks = KnuthPlassBreaker.Break(items.Items, 200, new KnuthPlassBreaker.Options(double.PositiveInfinity, false, true));
        Assert.NotNull(breaks);
        Assert.All(breaks, b => Assert.InRange(b.Ratio, -1, double.MaxValue));
    }

    [Fact]
    public void A_word_of_ten_thousand_characters_is_set_over_full_lines_between_ordinary_words()
    {
        var word = string.Concat(Enumerable.Range(0, 10_000).Select(i => (char)('0' + i % 10))); // digits: no hyphenation points, letter breaks only
        var lines = ParagraphSetter.Set([new TextRun($"Before {word} after.")], Format("en"), 300, 0.85, HyphenationLibrary.Default);

        Assert.Equal($"Before{word}after.", string.Concat(lines.Select(l => l.PlainText.Replace(" ", "")))); // no hyphen added, nothing lost
        Assert.All(lines, line => Assert.True(line.Width <= 300.01, $"a line is {line.Width:0.00}pt wide"));
        Assert.All(lines.Skip(1).SkipLast(1), line => Assert.True(line.Width > 290, $"a line inside the word is {line.Width:0.00}pt wide"));
    }

    private static string Rejoin(IEnumerable<LineBox> lines)
    {
        var joined = "";
        foreach (var line in lines)
        {
            var text = line.PlainText;
            joined += text.EndsWith('-') && text.Length > 1 && char.IsLetter(text[^2]) && !OriginalHasHyphen(text) ? text[..^1] : text + " ";
        }
        return joined;
    }

    private static bool OriginalHasHyphen(string line) => false;

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
