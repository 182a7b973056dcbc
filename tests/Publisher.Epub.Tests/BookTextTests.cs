using System.Text;
using Publisher.Epub.Books;

namespace Publisher.Epub.Tests;

/// <summary><see cref="BookText.Visible"/> returns a text that needs no change as it is; it must equal what cleaning it gives.</summary>
public class BookTextTests
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

    /// <summary>The cleaning spelled out: runs of white space and control characters become one space between other characters; unpaired surrogates, U+FFFE and U+FFFF go.</summary>
    private static string Cleaned(string text, string fallback)
    {
        var builder = new StringBuilder();
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                space = false;
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c)) space = true;
            else if (!char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                space = false;
                builder.Append(c);
            }
        }
        return builder.Length == 0 ? fallback : builder.ToString();
    }
}
