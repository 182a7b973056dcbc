using Publisher.Typesetting.Hyphenation;
using Publisher.Typesetting.LineBreaking;

namespace Publisher.Typesetting.Tests;

public sealed class HyphenationTests
{
    private static readonly HyphenationLibrary Debian = HyphenationLibrary.Default;

    [Theory]
    [InlineData("de", "Silbentrennung", "Sil-ben-tren-nung")]
    [InlineData("de", "Straßenbahnlinie", "Stra-ßen-bahn-li-nie")]
    [InlineData("en", "hyphenation", "hy-phen-ation")]
    [InlineData("en", "infrastructure", "in-fra-struc-ture")]
    public void Liang_patterns_from_the_hyphen_packages_give_the_dictionary_breaks(string language, string word, string expected)
    {
        Assert.IsType<LiangHyphenator>(Debian.For(language)); // hyphen-de / hyphen-en-us are installed in CI
        var points = Debian.For(language).Hyphenate(word);
        Assert.Equal(expected, Join(word, points));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void Points_respect_the_minimum_lengths_at_both_ends(string language)
    {
        var hyphenator = Debian.For(language);
        var liang = Assert.IsType<LiangHyphenator>(hyphenator);
        var random = new Random(3);
        for (var i = 0; i < 300; i++)
        {
            var word = SampleText.Sentence(random, language == "de", 1).TrimEnd('.');
            foreach (var point in hyphenator.Hyphenate(word))
            {
                Assert.InRange(point, liang.LeftMin, word.Length - liang.RightMin);
            }
        }
    }

    [Fact]
    public void A_word_with_hyphens_of_its_own_breaks_only_there()
    {
        Assert.Equal([(5, false), (10, false)], WordSplitter.Find("Karl-Marx-Straßenbahnlinie", Debian.For("de"), []).Select(b => (b.Offset, b.AddsHyphen)));
        Assert.Contains(WordSplitter.Find("Straßenbahnlinie", Debian.For("de"), []), b => b.AddsHyphen);
    }

    [Fact]
    public void Last_resort_breaks_cost_more_the_earlier_they_stand_so_a_split_word_fills_its_first_lines()
    {
        var breaks = WordSplitter.Everywhere("ServerCertificateCustomValidationCallback");
        Assert.Equal(Enumerable.Range(1, 40), breaks.Select(b => b.Offset));
        Assert.All(breaks, b => Assert.False(b.AddsHyphen));
        Assert.Equal(breaks.Select(b => b.Penalty).OrderDescending(), breaks.Select(b => b.Penalty)); // dearer to the left
        Assert.All(breaks, b => Assert.InRange(b.Penalty, Item.Emergency, 2 * Item.Emergency)); // still the last resort
    }

    [Fact]
    public void A_zero_width_space_is_a_break_without_a_hyphen()
    {
        var breaks = WordSplitter.Find("Donaudampfschifffahrts\u200BGesellschaftskapitän", Debian.For("de"), []);
        Assert.Contains(breaks, b => b is { Offset: 23, AddsHyphen: false, Penalty: 0 }); // after the space, which draws nothing
        Assert.Contains(breaks, b => b.AddsHyphen); // the parts still hyphenate
    }

    [Theory]
    [InlineData("redaktion@stadtbote.example")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("https://stadtbote.example/Verkehrsberuhigung")]
    [InlineData("www.Verkehrsberuhigung.example")]
    public void An_address_is_never_hyphenated_and_breaks_after_its_separators(string address)
    {
        var breaks = WordSplitter.Find(address, Debian.For("de"), []);
        Assert.DoesNotContain(breaks, b => b.AddsHyphen);
        Assert.All(breaks, b => Assert.Contains(address[b.Offset - 1], "/.?&=_-@"));
        Assert.NotEmpty(breaks);
    }

    [Fact]
    public void A_language_without_patterns_falls_back_to_no_hyphenation()
    {
        Assert.IsType<NoHyphenation>(Debian.For("xx-unknown"));
        var empty = new HyphenationLibrary([Path.Combine(Path.GetTempPath(), "no-such-folder")]);
        Assert.Empty(empty.For("de").Hyphenate("Silbentrennung"));
    }

    [Fact]
    public void Patterns_parse_from_text_with_levels_and_settings()
    {
        var hyphenator = LiangHyphenator.Parse("xx", "LEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n% comment\na1b\nNEXTLEVEL\nc1d\n");
        Assert.Equal([1, 3], hyphenator.Hyphenate("abcd"));
    }

    private static string Join(string word, IReadOnlyList<int> points)
    {
        var result = word;
        foreach (var point in points.Reverse()) result = result.Insert(point, "-");
        return result;
    }
}
