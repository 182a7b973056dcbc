using Publisher.Core.Model;
using static Publisher.Core.Tests.Parsing.Markdown.MarkdownHarness;

namespace Publisher.Core.Tests.Parsing.Markdown;

/// <summary>An ordered list keeps the number its first item was written with.</summary>
public class ListStartTests
{
    private static ListBlock List(string body)
    {
        var (article, messages) = ParseBody(body);
        Assert.Empty(messages);
        return Assert.IsType<ListBlock>(Assert.Single(article.Body));
    }

    [Theory]
    [InlineData("3. drei\n4. vier\n", 3)]
    [InlineData("3) drei\n1) vier\n", 3)] // the later numbers do not count, as in CommonMark
    [InlineData("0. null\n", 0)]
    [InlineData("007. sieben\n", 7)]
    [InlineData("123456789. viel\n", 123456789)]
    [InlineData("1. eins\n", 1)]
    [InlineData("- Punkt\n", 1)]
    public void A_markdown_list_starts_at_its_first_number(string markdown, int start)
    {
        Assert.Equal(start, List(markdown).Start);
    }

    [Theory]
    [InlineData("<ol start=\"3\"><li>drei</li></ol>", 3)]
    [InlineData("<ol start=\"-2\"><li>minus zwei</li></ol>", -2)]
    [InlineData("<ol start=\" +7x\"><li>sieben</li></ol>", 7)] // HTML reads the leading number
    [InlineData("<ol start=\"x\"><li>eins</li></ol>", 1)]
    [InlineData("<ol><li>eins</li></ol>", 1)]
    [InlineData("<ul start=\"5\"><li>Punkt</li></ul>", 1)]
    public void An_html_list_starts_at_its_start_attribute(string html, int start)
    {
        Assert.Equal(start, List(html).Start);
    }
}
