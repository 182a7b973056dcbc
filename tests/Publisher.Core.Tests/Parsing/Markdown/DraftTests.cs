namespace Publisher.Core.Tests.Parsing.Markdown;

/// <summary><c>draft: true</c> keeps a file out of the build without a word, as Hugo, Jekyll and Eleventy do; <c>false</c> publishes it.</summary>
public class DraftTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("True")]
    [InlineData("TRUE")]
    [InlineData("\"true\"")]
    public void A_draft_is_no_article_and_no_diagnostic(string written)
    {
        var harness = new MarkdownHarness();
        Assert.Null(harness.Parse($"---\ntitle: T\ndate: 2026-11-10\ndraft: {written}\n---\nx"));
        Assert.Empty(harness.Messages);
    }

    [Fact]
    public void A_draft_is_not_read_past_its_front_matter()
    {
        // Work in progress: no date yet, an unknown field, a body nested too deep; none of it fails a build.
        var harness = new MarkdownHarness();
        var article = new Publisher.Core.Parsing.Markdown.MarkdownArticleParser().Parse(
            System.Text.Encoding.UTF8.GetBytes("---\ntitle: T\ndraft: true\ncolour: blue\n---\n" + new string('>', 200) + " x"),
            new Publisher.Core.Parsing.ParseContext("post.md", harness.Diagnostics, "de", TimeZoneInfo.Utc, new Uri("https://site.example/")),
            out var draft);
        Assert.Null(article);
        Assert.True(draft);
        Assert.Empty(harness.Messages);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("False")]
    [InlineData("~")]
    [InlineData("")]
    public void Draft_false_or_null_publishes(string written)
    {
        var harness = new MarkdownHarness();
        Assert.Equal("T", harness.Parse($"---\ntitle: T\ndate: 2026-11-10\ndraft: {written}\n---\nx")!.Title);
        Assert.Empty(harness.Messages);
    }

    [Theory]
    [InlineData("draft: yes", "'yes'")]
    [InlineData("draft: 1", "'1'")]
    [InlineData("draft: \"nein\"", "'nein'")]
    [InlineData("draft: [true]", "a list")]
    public void Any_other_draft_value_is_an_error_on_its_line_and_the_file_is_not_published(string field, string shown)
    {
        var harness = new MarkdownHarness();
        Assert.Null(harness.Parse($"---\ntitle: T\ndate: 2026-11-10\n{field}\n---\nx"));
        Assert.Equal([$"post.md:4: error: front matter field 'draft' must be true or false, not {shown}; this file is skipped"], harness.Messages);
    }
}
