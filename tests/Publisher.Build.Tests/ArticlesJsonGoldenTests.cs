using System.Text.Json.Nodes;

namespace Publisher.Build.Tests;

public class ArticlesJsonGoldenTests
{
    [Fact]
    public void The_model_of_a_fixed_content_folder_matches_the_golden_file()
    {
        var run = new PublisherRun("basic");
        var summary = run.Build(formats: "json");
        Assert.Equal(0, summary.Errors);

        var actual = JsonNode.Parse(File.ReadAllText(Path.Combine(run.Output, "articles.json")));
        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Golden", "basic", "articles.json");
        var expected = JsonNode.Parse(File.ReadAllText(expectedPath));
        Assert.True(JsonNode.DeepEquals(expected, actual), $"articles.json differs from {expectedPath}:\n{actual}");
    }
}
