using Publisher.Typesetting.Hyphenation;
using Publisher.Typesetting.LineBreaking;

namespace Publisher.Typesetting.Tests;

public sealed class HyphenationTests
{
    /// <summary>The shipped patterns alone, no system folder: what every machine gets.</summary>
    private static readonly HyphenationLibrary Shipped = new([]);

    [Theory]
    [InlineData("de", "Silbentrennung", "Sil-ben-tren-nung")]
    [InlineData("de", "Straßenbahnlinie", "Stra-ßen-bahn-li-nie")]
    [InlineData("en", "hyphenation", "hy-phen-ation")]
    [InlineData("en", "infrastructure", "in-fra-struc-ture")]
    public void Liang_patterns_shipped_with_the_typesetter_give_the_dictionary_breaks(string language, string word, string expected)
    {
        Assert.IsType<LiangHyphenator>(Shipped.For(language));
        var points = Shipped.For(language).Hyphenate(word);
        Assert.Equal(expected, Join(word, points));
    }

    [Theory]
    [InlineData("Mittwochabend", "Mitt-woch-abend")] // not Mittwo-chabend: o1c reached across the boundary
    [InlineData("Grundstück", "Grund-stück")] // not Grunds-tück (s1t)
    [InlineData("Straßenecke", "Stra-ßen-ecke")] // not Straßene-cke: "ecke" is a word of its own, ecke. ends it
    [InlineData("Fahrradverbände", "Fahr-rad-ver-bän-de")]
    [InlineData("Mauerbau", "Mau-er-bau")]
    [InlineData("Dauerlösung", "Dau-er-lö-sung")]
    [InlineData("Bezirksämter", "Be-zirks-äm-ter")]
    [InlineData("Wochenrückblick", "Wo-chen-rück-blick")]
    [InlineData("Bezirksstadträtin", "Be-zirks-stadt-rä-tin")]
    public void German_compounds_split_at_their_boundaries_first_and_each_part_by_syllables(string word, string expected) =>
        Assert.Equal(expected, Join(word, Shipped.For("de").Hyphenate(word)));

    /// <summary>
    /// Thousands of words (every twelfth of the German file's own list of compounds, the sample articles, the README)
    /// hyphenated by libhyphen itself (Hyphenation/libhyphen.py): no break where its two levels and minimums allow
    /// none, and none missing.
    /// </summary>
    [Theory]
    [InlineData("de", "libhyphen-de.txt")]
    [InlineData("en", "libhyphen-en.txt")]
    public void Every_word_breaks_where_libhyphen_breaks_it(string language, string file)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Hyphenation", file)).Where(l => !l.StartsWith('#')).ToList();
        Assert.True(lines.Count > 700);
        var hyphenator = Shipped.For(language);
        var wrong = lines.Where(expected => Join(expected.Replace("-", ""), hyphenator.Hyphenate(expected.Replace("-", ""))) != expected).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {lines.Count} differ from libhyphen: " + string.Join(", ", wrong.Take(20).Select(e => e + "/" + Join(e.Replace("-", ""), hyphenator.Hyphenate(e.Replace("-", ""))))));
    }

    [Fact]
    public void Compound_minimums_keep_letters_beside_a_boundary_and_settings_after_nextlevel_do_not_count()
    {
        // a1b splits "abcde" into a|bcde; the second level's c1d would leave "bc" beside the boundary, allowed by
        // COMPOUNDLEFTHYPHENMIN 2 and not by 3. A setting in the second level is not read, as in libhyphen.
        const string Levels = "LEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n{0}a1b\nNEXTLEVEL\nLEFTHYPHENMIN 4\nc1d\n";
        Assert.Equal([1, 3], LiangHyphenator.Parse("xx", string.Format(Levels, "COMPOUNDLEFTHYPHENMIN 2\n")).Hyphenate("abcde"));
        Assert.Equal([1], LiangHyphenator.Parse("xx", string.Format(Levels, "COMPOUNDLEFTHYPHENMIN 3\n")).Hyphenate("abcde"));
        // Without a first-level boundary the second level reads the whole word, and only the word's minimums count.
        Assert.Equal([3], LiangHyphenator.Parse("xx", string.Format(Levels, "COMPOUNDLEFTHYPHENMIN 3\n")).Hyphenate("xbcde"));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void Points_respect_the_minimum_lengths_at_both_ends(string language)
    {
        var hyphenator = Shipped.For(language);
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
        Assert.Equal([(5, false), (10, false)], WordSplitter.Find("Karl-Marx-Straßenbahnlinie", Shipped.For("de"), []).Select(b => (b.Offset, b.AddsHyphen)));
        Assert.Contains(WordSplitter.Find("Straßenbahnlinie", Shipped.For("de"), []), b => b.AddsHyphen);
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

    [Theory]
    [InlineData(9_200)]
    [InlineData(100_000)]
    public void A_word_of_thousands_of_letters_still_breaks_between_every_two_and_dearer_to_the_left(int length)
    {
        var breaks = WordSplitter.Everywhere(new string('x', length));
        Assert.Equal(length - 1, breaks.Count);
        Assert.All(breaks, b => Assert.InRange(b.Penalty, Item.Emergency, 2 * Item.Emergency)); // below a forbidden break's price
        Assert.True(breaks.Zip(breaks.Skip(1)).All(pair => pair.First.Penalty > pair.Second.Penalty));
    }

    [Fact]
    public void A_zero_width_space_is_a_break_without_a_hyphen()
    {
        var breaks = WordSplitter.Find("Donaudampfschifffahrts\u200BGesellschaftskapitän", Shipped.For("de"), []);
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
        var breaks = WordSplitter.Find(address, Shipped.For("de"), []);
        Assert.DoesNotContain(breaks, b => b.AddsHyphen);
        Assert.All(breaks, b => Assert.Contains(address[b.Offset - 1], "/.?&=_-@"));
        Assert.NotEmpty(breaks);
    }

    [Fact]
    public void A_language_without_patterns_falls_back_to_no_hyphenation()
    {
        Assert.IsType<NoHyphenation>(Shipped.For("xx-unknown"));
        var empty = new HyphenationLibrary([Path.Combine(Path.GetTempPath(), "no-such-folder")], useShipped: false);
        Assert.Empty(empty.For("de").Hyphenate("Silbentrennung"));
    }

    [Fact]
    public void Shipped_patterns_come_before_a_system_folder_for_every_tag_of_their_language()
    {
        // A folder with other patterns for en-GB and de-CH (as installing hyphen-en-gb adds): the shipped ones still count,
        // so the output does not depend on what the machine has installed; another language is read from the folder.
        var folder = Directory.CreateTempSubdirectory("hyphen-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "hyph_en_GB.dic"), "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n1a1\n");
            File.WriteAllText(Path.Combine(folder, "hyph_de_CH.dic"), "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n1a1\n");
            File.WriteAllText(Path.Combine(folder, "hyph_xx.dic"), "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n1a1\n");
            var library = new HyphenationLibrary([folder]);
            Assert.Equal("hy-phen-ation", Join("hyphenation", library.For("en-GB").Hyphenate("hyphenation")));
            Assert.Equal("Sil-ben-tren-nung", Join("Silbentrennung", library.For("de-CH").Hyphenate("Silbentrennung")));
            Assert.Equal("b-a-n-a-n-a", Join("banana", library.For("xx").Hyphenate("banana")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
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
