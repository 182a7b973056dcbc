using System.Text;
using System.Text.RegularExpressions;
using Publisher.Epub.Books;
using Publisher.Epub.Tests.Support;
using Publisher.Core.Wording;

namespace Publisher.Epub.Tests;

/// <summary><see cref="BookText.Visible"/> returns a text that needs no change as it is; it must equal what cleaning it gives.</summary>
public partial class BookTextTests
{
    [Theory]
    [InlineData("Verkehr", "Verkehr")]
    [InlineData("Zwei Wörter", "Zwei Wörter")]
    [InlineData(" vorn", "vorn")]
    [InlineData("hinten ", "hinten")]
    [InlineData("a  b\tc\nd", "a b c d")]
    [InlineData("   ", "fallback")]
    [InlineData("😀 ok", "😀 ok")]
    [InlineData("x\uFFFEy\u0001z", "xy z")]
    public void Visible_text_is_cleaned_as_expected(string text, string expected) =>
        Assert.Equal(expected, BookText.Visible(text, "fallback"));

    [Theory]
    [InlineData(new[] { "en", "en-GB", "en", "de" }, "en")] // an all-English tag book of a German site is English
    [InlineData(new[] { "en", "en", "de", "de" }, "de")] // no majority: the site's
    [InlineData(new[] { "fr", "en", "pl" }, "de")]
    [InlineData(new[] { "EN", "en", "de" }, "EN")] // case aside, one language
    [InlineData(new string[0], "de")]
    public void A_book_is_in_the_language_more_than_half_of_its_articles_are_in(string[] languages, string expected)
    {
        var articles = GeneratedArticles.Create(Math.Max(1, languages.Length), 1, 1).Take(languages.Length)
            .Select((a, i) => a with { Language = languages[i] }).ToList();
        Assert.Equal(expected, BookText.Language(GeneratedArticles.Site, articles));
    }

    [Fact]
    public void Counts_of_articles_are_said_in_the_right_number()
    {
        Assert.Equal(["1 article", "2 articles", "0 articles"], new[] { 1, 2, 0 }.Select(Words.English.Articles));
        Assert.Equal(["1 Artikel", "2 Artikel"], new[] { 1, 2 }.Select(Words.German.Articles));
    }

    [Fact]
    public void Visible_text_equals_the_cleaned_text_for_random_mixtures()
    {
        var random = new Random(7);
        string[] pieces = ["a", "Ü", " ", "  ", "\t", "\n", "\u00A0", "\u0001", "\uD83D", "\uDE00", "😀", "\uFFFF", "b"];
        for (var n = 0; n < 20_000; n++)
        {
            var builder = new StringBuilder();
            for (var i = random.Next(1, 8); i > 0; i--) builder.Append(pieces[random.Next(pieces.Length)]);
            var text = builder.ToString();
            Assert.Equal(Cleaned(text, "-"), BookText.Visible(text, "-"));
        }
    }

    /// <summary>The rule stated another way, as a pipeline of regular expressions over the original text: characters XML
    /// forbids (unpaired surrogates, U+FFFE, U+FFFF) go; every run of white space and control characters becomes one
    /// space; spaces at either end go.</summary>
    private static string Cleaned(string text, string fallback)
    {
        var allowed = Forbidden().Replace(text, "");
        var collapsed = Blank().Replace(allowed, " ").Trim(' ');
        return collapsed.Length == 0 ? fallback : collapsed;
    }

    [GeneratedRegex(@"[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]")]
    private static partial Regex Forbidden();

    [GeneratedRegex(@"[\s\p{Cc}]+")]
    private static partial Regex Blank();
}
