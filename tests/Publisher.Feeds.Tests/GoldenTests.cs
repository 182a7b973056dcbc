using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Publisher.Core.Diagnostics;
using Publisher.Core.Parsing;

namespace Publisher.Feeds.Tests;

/// <summary>
/// Golden file pairs: <c>Golden/{case}/input/</c> (site.yml and Markdown articles) and <c>Golden/{case}/expected/</c>
/// (every file the format writes). XML and JSON are compared structurally (parsed trees), so an indentation change does
/// not fail the test but any changed element, attribute, text or member does. Set <c>UPDATE_GOLDEN=1</c> to rewrite
/// the expected files, then read the diff.
/// </summary>
public class GoldenTests
{
    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(GoldenRoot()).Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Feeds_match_the_expected_files(string name)
    {
        var input = Path.Combine(GoldenRoot(), name, "input");
        var expectedDirectory = Path.Combine(GoldenRoot(), name, "expected");
        var diagnostics = new DiagnosticBag();
        var site = SiteConfigReader.Read(input, diagnostics);
        var files = Directory.GetFiles(input, "*.md").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f)));
        var output = FeedOutput.Build(TestCorpus.FromFiles(site, files));
        Assert.Empty(diagnostics.Sorted());

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(expectedDirectory)) Directory.Delete(expectedDirectory, recursive: true);
            foreach (var (path, bytes) in output.Files)
            {
                var target = Path.Combine([expectedDirectory, .. path.Split('/')]);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
            }
        }

        var expected = Directory.GetFiles(expectedDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(expectedDirectory, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, output.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var path in expected)
        {
            var want = File.ReadAllText(Path.Combine([expectedDirectory, .. path.Split('/')]));
            var got = output.Text(path);
            if (path.EndsWith(".json"))
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(want), JsonNode.Parse(got)), $"{path} differs:\n{got}");
            else
                Assert.True(XNode.DeepEquals(XDocument.Parse(want), XDocument.Parse(got)), $"{path} differs:\n{got}");
        }
    }

    private static string GoldenRoot([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Golden");
}
