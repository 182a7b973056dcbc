namespace Publisher.Core.Tests.Parsing.Markdown;

/// <summary>A text of tags is split on its commas; a list never is; authors are never split, and a comma in one text under <c>authors:</c> warns.</summary>
public class TagAndAuthorListTests
{
    [Theory]
    [InlineData("tags: \"essays, meta\"", new[] { "essays", "meta" })]
    [InlineData("tags: essays, meta", new[] { "essays", "meta" })]
    [InlineData("tags: ' essays ,, meta , '", new[] { "essays", "meta" })]
    [InlineData("tag: Kultur,Berlin,Kultur", new[] { "Kultur", "Berlin" })]
    [InlineData("tags: Kultur", new[] { "Kultur" })]
    [InlineData("tags: ','", new string[0])]
    public void A_text_of_tags_is_split_on_its_commas(string field, string[] tags)
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse($"---\ntitle: T\ndate: 2026-11-10\n{field}\n---\nx")!;
        Assert.Equal(tags, article.Tags.ToArray());
        Assert.Empty(harness.Messages);
    }

    [Theory]
    [InlineData("tags: [\"essays, meta\", Berlin]")]
    [InlineData("tags:\n  - essays, meta\n  - Berlin")]
    public void The_items_of_a_list_of_tags_are_never_split(string field)
    {
        var harness = new MarkdownHarness();
        Assert.Equal(["essays, meta", "Berlin"], harness.Parse($"---\ntitle: T\ndate: 2026-11-10\n{field}\n---\nx")!.Tags.ToArray());
        Assert.Empty(harness.Messages);
    }

    [Theory]
    [InlineData("author: \"Müller, Hans\"")]
    [InlineData("authors: [\"Müller, Hans\"]")]
    [InlineData("authors:\n  - Müller, Hans")]
    public void A_name_with_a_comma_is_one_author_without_a_warning_under_author_or_in_a_list(string field)
    {
        var harness = new MarkdownHarness();
        Assert.Equal(["Müller, Hans"], harness.Parse($"---\ntitle: T\ndate: 2026-11-10\n{field}\n---\nx")!.Authors.ToArray());
        Assert.Empty(harness.Messages);
    }

    [Theory]
    [InlineData("authors: Carla Winter, Paul Wendland", "Carla Winter, Paul Wendland")]
    [InlineData("Authors: \"Müller,  Hans\"", "Müller, Hans")]
    public void One_text_with_a_comma_under_authors_is_one_name_and_warns(string field, string name)
    {
        var harness = new MarkdownHarness();
        Assert.Equal([name], harness.Parse($"---\ntitle: T\ndate: 2026-11-10\n{field}\n---\nx")!.Authors.ToArray());
        Assert.Equal([$"post.md:4: warning: authors: '{name}' is read as one name, comma and all: write several names as a list (authors: [A, B]); a list of one keeps a name with a comma without this warning"],
            harness.Messages);
    }
}
