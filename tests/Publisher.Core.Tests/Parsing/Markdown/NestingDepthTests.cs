using Publisher.Core.Model;
using Publisher.Core.Parsing;
using static Publisher.Core.Tests.Parsing.Markdown.MarkdownHarness;

namespace Publisher.Core.Tests.Parsing.Markdown;

/// <summary>Markdown nested deeper than the parser follows is a located error on its file, never a crash.</summary>
public class NestingDepthTests
{
    [Fact]
    public void Three_hundred_nested_quotes_are_an_error_on_their_line()
    {
        var harness = new MarkdownHarness();
        Assert.Null(harness.Parse(MinimalHead + "Vorher.\n\n" + new string('>', 300) + " tief\n\nNachher.\n"));
        var error = Assert.Single(harness.Messages);
        Assert.StartsWith("post.md:7: error: nested more than 128 levels deep", error);
    }

    [Fact]
    public void Quotes_nested_over_many_lines_are_an_error_where_the_limit_is_passed()
    {
        var lines = Enumerable.Range(1, 300).Select(depth => string.Concat(Enumerable.Repeat("> ", depth)) + "Ebene " + depth);
        var harness = new MarkdownHarness();
        Assert.Null(harness.Parse(MinimalHead + string.Join("\n", lines) + "\n"));
        var error = Assert.Single(harness.Messages);
        Assert.Matches(@"^post\.md:(1[2-3][0-9]): error: nested more than 128 levels deep", error);
    }

    [Fact]
    public void Lists_nested_120_levels_are_an_error_on_a_line_of_the_list()
    {
        var lines = Enumerable.Range(0, 120).Select(level => new string(' ', 2 * level) + "- Punkt " + level);
        var harness = new MarkdownHarness();
        Assert.Null(harness.Parse(MinimalHead + string.Join("\n", lines) + "\n"));
        var error = Assert.Single(harness.Messages);
        Assert.Matches(@"^post\.md:([6-9][0-9]|1[0-2][0-9]): error: nested more than 128 levels deep", error);
    }

    [Theory]
    [InlineData("*a ", " b*")]
    [InlineData("**", "**")]
    [InlineData("[", "](https://x.example/)")]
    [InlineData("~~", "~~")]
    public void Inlines_nested_hundreds_deep_give_an_article_or_a_located_error(string open, string close)
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse(MinimalHead + "Text\n\n" + string.Concat(Enumerable.Repeat(open, 400)) + "x" + string.Concat(Enumerable.Repeat(close, 400)) + "\n");
        if (article is null) Assert.StartsWith("post.md:7: error: nested more than 128 levels deep", Assert.Single(harness.Messages));
    }

    [Fact]
    public void Nesting_within_the_limit_is_kept()
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse(MinimalHead + new string('>', 32) + " tief\n")!;
        Assert.Empty(harness.Messages);
        Assert.Equal(32, BlockNesting.Depth(article.Body));
    }

    [Fact]
    public void Quotes_nested_past_what_the_outputs_follow_are_set_at_the_deepest_level_with_a_warning()
    {
        var lines = Enumerable.Range(1, 100).Select(depth => string.Concat(Enumerable.Repeat("> ", depth)) + "Ebene " + depth);
        var harness = new MarkdownHarness();
        var article = harness.Parse(MinimalHead + "Vorher.\n\n" + string.Join("\n\n", lines) + "\n")!;
        Assert.Equal([$"post.md:{5 + 2 + 2 * 32}: warning: {BlockNesting.FlattenedMessage}"], harness.Messages);
        Assert.Equal(32, BlockNesting.Depth(article.Body));
        var text = PlainText(article.Body);
        Assert.All(Enumerable.Range(1, 100), depth => Assert.Contains($"Ebene {depth}", text));
    }

    [Fact]
    public void Lists_nested_past_what_the_outputs_follow_are_set_at_the_deepest_level_with_a_warning()
    {
        var lines = Enumerable.Range(0, 50).Select(level => new string(' ', 2 * level) + "- Punkt " + level);
        var harness = new MarkdownHarness();
        var article = harness.Parse(MinimalHead + string.Join("\n", lines) + "\n")!;
        Assert.Equal([$"post.md:{5 + 32}: warning: {BlockNesting.FlattenedMessage}"], harness.Messages);
        Assert.Equal(32, BlockNesting.Depth(article.Body));
        var text = PlainText(article.Body);
        Assert.All(Enumerable.Range(0, 50), level => Assert.Contains($"Punkt {level}", text));
    }

    [Fact]
    public void Raw_html_nested_thousands_deep_is_set_at_the_deepest_level_with_a_warning()
    {
        var harness = new MarkdownHarness();
        var html = string.Concat(Enumerable.Repeat("<blockquote>", 3000)) + "tief" + string.Concat(Enumerable.Repeat("</blockquote>", 3000));
        var article = harness.Parse(MinimalHead + "Text.\n\n<div>\n" + html + "\n</div>\n")!;
        Assert.Contains($"post.md:7: warning: {BlockNesting.FlattenedMessage}", harness.Messages);
        Assert.Equal(32, BlockNesting.Depth(article.Body));
        Assert.Contains("tief", PlainText(article.Body));
    }

    /// <summary>The words of every paragraph, however deep.</summary>
    private static string PlainText(IEnumerable<Block> blocks) => string.Join(" ", blocks.Select(block => block switch
    {
        Paragraph paragraph => InlineText.Plain(paragraph.Inlines),
        Quote quote => PlainText(quote.Blocks),
        ListBlock list => PlainText(list.Items.SelectMany(item => item.Blocks)),
        _ => "",
    }));
}
