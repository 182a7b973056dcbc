namespace Publisher.Core.Tests.Parsing.Markdown;

/// <summary>YAML's null means a field is absent, not the text "null"; a list where a text belongs is an error on its line.</summary>
public class FrontMatterNullAndListTests
{
    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("Null")]
    [InlineData("NULL")]
    [InlineData("")]
    public void A_null_field_is_absent(string written)
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse($"---\ntitle: T\ndate: 2026-11-10\nsummary: {written}\nkicker: {written}\nauthors: {written}\ntags: {written}\nauthor_role: {written}\nid: {written}\nlanguage: {written}\n---\nx")!;
        Assert.Empty(harness.Messages);
        Assert.Null(article.Teaser);
        Assert.Null(article.Kicker);
        Assert.Equal("T", article.Title);
        Assert.Empty(article.Authors);
        Assert.Empty(article.Tags);
        Assert.Null(article.AuthorRole);
        Assert.Equal("post", article.Id.ToString());
        Assert.Equal("de", article.Language);
    }

    [Fact]
    public void Null_items_of_a_list_are_left_out_and_quoted_null_is_text()
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse("---\ntitle: T\ndate: 2026-11-10\ntags: [Berlin, ~, null]\nauthors:\n  - ~\n  - Carla Winter\nkicker: \"null\"\n---\nx")!;
        Assert.Empty(harness.Messages);
        Assert.Equal(["Berlin"], article.Tags.ToArray());
        Assert.Equal(["Carla Winter"], article.Authors.ToArray());
        Assert.Equal("null", article.Kicker);
    }

    [Theory]
    [InlineData("title: ~\ndate: 2026-11-10", "post.md:2: error: front matter needs a non-empty 'title:'")]
    [InlineData("title: T\ndate: null", "post.md:3: error: front matter needs a 'date:'")]
    public void A_null_required_field_is_missing(string fields, string expected)
    {
        var harness = new MarkdownHarness();
        Assert.Null(harness.Parse($"---\n{fields}\n---\nx"));
        Assert.Equal([expected + (expected.Contains("date") ? " (YYYY-MM-DD, optionally with a time)" : "")], harness.Messages);
    }

    [Theory]
    [InlineData("kicker: [k1, k2]", "kicker")]
    [InlineData("summary:\n  - eins\n  - zwei", "summary")]
    [InlineData("author_role: [Analyse]", "author_role")]
    [InlineData("language: [de, en]", "language")]
    [InlineData("id: [a, b]", "id")]
    public void A_list_where_a_text_belongs_is_an_error_naming_the_field_and_line_and_builds_no_article(string field, string name)
    {
        var harness = new MarkdownHarness();
        Assert.Null(harness.Parse($"---\ntitle: T\ndate: 2026-11-10\n{field}\n---\nx"));
        Assert.Equal([$"post.md:4: error: front matter field '{name}' must be a text, not a list; this file is skipped"], harness.Messages);
    }

    [Theory]
    [InlineData("title: [a, b]\ndate: 2026-11-10", "post.md:2: error: front matter field 'title' must be a text, not a list; this file is skipped")]
    [InlineData("title: T\ndate: [2026-11-10]", "post.md:3: error: front matter field 'date' must be a text, not a list; this file is skipped")]
    public void A_list_for_a_required_field_is_one_error_and_no_article(string fields, string expected)
    {
        var harness = new MarkdownHarness();
        Assert.Null(harness.Parse($"---\n{fields}\n---\nx"));
        Assert.Equal([expected], harness.Messages);
    }
}
