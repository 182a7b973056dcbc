namespace Publisher.Feeds.Tests;

/// <summary>The one-copy clean-up of rendered entry content does what cleaning and trimming the string did.</summary>
public class FeedTextTests
{
    [Theory]
    [InlineData("<p>plain</p>\n")]
    [InlineData("  \n<p>both ends</p>\n\n  ")]
    [InlineData("<p>a\r\nb</p>\r\n")]
    [InlineData("<p>lone\rcarriage return</p>")]
    [InlineData("\u0001 <p>control first</p>")]
    [InlineData("<p>c1 \u0085 and bom \uFEFF and \uFFFE</p>")]
    [InlineData("<p>pair \U0001F600 kept, lone \uD800 dropped</p>")]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Cleaning_and_trimming_a_span_equals_cleaning_and_trimming_the_string(string text) =>
        Assert.Equal(FeedText.Clean(text).Trim(), FeedText.CleanTrimmed(text));
}
