using System.Text.Json.Nodes;

namespace Publisher.Core.Tests.Parsing.Taz;

/// <summary>Structural JSON comparison that names the first differing path.</summary>
internal static class JsonStructure
{
    /// <summary>Differences between expected and actual, ignoring the given top-level keys.</summary>
    public static List<string> Differences(JsonNode? expected, JsonNode? actual, params string[] ignoredKeys)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", differences, [.. ignoredKeys]);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences, HashSet<string> ignored)
    {
        switch (expected)
        {
            case null:
                if (actual is not null)
                {
                    differences.Add($"{path}: expected null, got {actual.ToJsonString()}");
                }

                break;
            case JsonObject expectedObject when actual is JsonObject actualObject:
                foreach (var (key, value) in expectedObject)
                {
                    if (path == "$" && ignored.Contains(key))
                    {
                        continue;
                    }

                    if (!actualObject.ContainsKey(key))
                    {
                        differences.Add($"{path}.{key}: missing");
                        continue;
                    }

                    Compare(value, actualObject[key], $"{path}.{key}", differences, ignored);
                }

                foreach (var (key, _) in actualObject)
                {
                    if (!expectedObject.ContainsKey(key) && !(path == "$" && ignored.Contains(key)))
                    {
                        differences.Add($"{path}.{key}: unexpected key");
                    }
                }

                break;
            case JsonArray expectedArray when actual is JsonArray actualArray:
                if (expectedArray.Count != actualArray.Count)
                {
                    differences.Add($"{path}: expected {expectedArray.Count} items, got {actualArray.Count}");
                }

                for (var i = 0; i < Math.Min(expectedArray.Count, actualArray.Count); i++)
                {
                    Compare(expectedArray[i], actualArray[i], $"{path}[{i}]", differences, ignored);
                }

                break;
            case JsonValue when actual is JsonValue && expected.ToJsonString() == actual.ToJsonString():
                break;
            default:
                differences.Add($"{path}: expected {expected.ToJsonString()}, got {actual?.ToJsonString() ?? "null"}");
                break;
        }
    }
}
