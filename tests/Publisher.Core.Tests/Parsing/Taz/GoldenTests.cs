using System.Text.Json.Nodes;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Tests.Parsing.Taz;

/// <summary>
/// Golden pairs <c>Golden/NNN-topic.txt</c> + <c>NNN-topic.json</c>: invented articles, one rule each.
/// Compared structurally, every key except <c>notes</c>.
/// </summary>
public sealed class GoldenTests
{
    private static readonly string GoldenDirectory = Path.Combine(AppContext.BaseDirectory, "Parsing", "Taz", "Golden");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(GoldenDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_matches_the_expected_json(string name)
    {
        var input = Path.Combine(GoldenDirectory, name);
        var expected = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(input, ".json")));

        var actual = JsonNode.Parse(TazJson.ToJson(TazParser.Parse(File.ReadAllBytes(input), name)));

        Assert.Empty(JsonStructure.Differences(expected, actual, "notes"));
    }

    [Fact]
    public void Every_golden_input_has_its_expected_json()
    {
        var inputs = Directory.GetFiles(GoldenDirectory, "*.txt");

        Assert.NotEmpty(inputs);
        Assert.All(inputs, input => Assert.True(File.Exists(Path.ChangeExtension(input, ".json")), input));
    }
}
