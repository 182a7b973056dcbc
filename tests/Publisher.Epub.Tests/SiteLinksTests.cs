using Xunit;

namespace Publisher.Epub.Tests;

/// <summary>
/// <c>SiteLinks</c> skips a link whose whole URL does not start with the article-page prefix before it cuts the URL
/// down to its path: that is only safe if the cut URL is always the start of the whole one.
/// </summary>
public class SiteLinksTests
{
    [Theory]
    [InlineData("https://example.org/articles/a.html")]
    [InlineData("https://example.org/articles/a.html?x=1#top")]
    [InlineData("https://user:pw@example.org:8443/articles/a%20b.html?q=%C3%A4")]
    [InlineData("https://EXAMPLE.org/Articles/../articles/./b.html#f")]
    [InlineData("https://bücher.example/articles/ü.html?ä=ö")]
    [InlineData("http://[::1]:80/articles/x.html")]
    [InlineData("mailto:someone@example.org?subject=hi")]
    [InlineData("file:///tmp/articles/a.html")]
    [InlineData("https://example.org?articles/")]
    public void The_path_of_a_url_is_where_the_url_starts(string text)
    {
        var url = new Uri(text);

        Assert.StartsWith(url.GetLeftPart(UriPartial.Path), url.AbsoluteUri, StringComparison.Ordinal);
    }
}
