namespace Publisher.Templating.Tests;

public class MarkupTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("a & b <c> \"d\" 'e'", "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;")]
    [InlineData("tab\tline\nreturn\r", "tab\tline\nreturn\r")]
    [InlineData("bell\u0007 nul\0 ffff\uFFFF", "bell nul ffff")]
    [InlineData("<", "&lt;")]
    [InlineData("", "")]
    public void Escapes_specials_and_drops_what_XML_forbids(string text, string expected) =>
        Assert.Equal(expected, Markup.Escape(text));

    [Fact]
    public void Keeps_surrogate_pairs_and_drops_lone_surrogates() // built in code: attributes cannot hold lone surrogates
    {
        var text = "paired " + char.ConvertFromUtf32(0x1F600) + " lone " + '\uD83D' + " x " + '\uDE00' + '\uD83D';
        Assert.Equal("paired " + char.ConvertFromUtf32(0x1F600) + " lone  x ", Markup.Escape(text));
    }

    [Fact]
    public void Text_without_specials_is_returned_as_it_is()
    {
        var text = "Überschrift – ohne Sonderzeichen";
        Assert.Same(text, Markup.Escape(text));
    }
}
