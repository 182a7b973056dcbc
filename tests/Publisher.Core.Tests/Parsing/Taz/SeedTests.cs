using System.Text.Json.Nodes;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Tests.Parsing.Taz;

public sealed class SeedTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in SeedFiles.Directory().GetFiles("*.txt").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            data.Add(file.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_output_equals_its_expected_json_field_by_field(string name)
    {
        var dir = SeedFiles.Directory();
        var input = Path.Combine(dir.FullName, name);
        var expected = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(input, ".json")));

        var result = TazParser.Parse(File.ReadAllBytes(input), name);
        var actual = JsonNode.Parse(TazJson.ToJson(result));

        Assert.Empty(JsonStructure.Differences(expected, actual, "notes"));
    }
}
