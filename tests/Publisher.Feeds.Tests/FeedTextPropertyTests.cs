using CsCheck;

namespace Publisher.Feeds.Tests;

/// <summary>
/// The clean-up of rendered entries skips texts with nothing to clean after a few vectorised scans (the fast path);
/// for any text, the scans must find exactly the characters cleaning changes, and the result must equal cleaning
/// and trimming the string.
/// </summary>
public sealed class FeedTextPropertyTests
{
    private static readonly Gen<string> Texts =
        Gen.OneOf(
                Gen.OneOf("a", " ", "<p>", "ü", "–", "„", "…", "\u00A0"),
                Gen.OneOf("\t", "\n", "\r", "\r\n", "\0", "\u0001", "\u001F", "\u007F", "\u0080", "\u0085", "\u009F", "\u00A0"),
                Gen.OneOf("\uFEFF", "\uFEFE", "\uFFFD", "\uFFFE", "\uFFFF", "\U0001F600", "\uD83D", "\uDE00", "\uD7FF", "\uE000"),
                Gen.Char.Select(c => c.ToString()))
            .Array[0, 40]
            .Select(string.Concat);

    [Fact]
    public void The_scans_find_exactly_what_cleaning_changes() =>
        Texts.Sample(text => Assert.Equal(text.Any(IsUnclean), FeedText.IsUnclean(text)), iter: 20000);

    [Fact]
    public void CleanTrimmed_equals_cleaning_and_trimming_the_string() =>
        Texts.Sample(text => Assert.Equal(FeedText.Clean(text).Trim(), FeedText.CleanTrimmed(text)), iter: 20000);

    /// <summary>CR, and the characters TextCleaning.RemoveControlCharacters looks at: controls but tab and LF, C1, BOM, noncharacters, surrogates.</summary>
    private static bool IsUnclean(char c) =>
        c is (< ' ' and not '\t' and not '\n') or (>= '\u007F' and <= '\u009F') or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);
}
