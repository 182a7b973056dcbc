using System.Text.Json;
using Publisher.Build.Incremental;

namespace Publisher.Build.Tests;

/// <summary>The manifest is written as the serializer would write it (same bytes as earlier builds) and reads back.</summary>
public class ManifestTests
{
    [Fact]
    public void Writes_the_serializers_indented_json_and_reads_it_back()
    {
        var output = Directory.CreateTempSubdirectory("publisher-manifest").FullName;
        var manifest = Manifest.Empty();
        manifest.Entries["pdf/2026-W11.pdf"] = "pdf:0123abcd";
        manifest.Entries["epub/tags/\u00e4rger <&>.epub"] = "epub:\"quoted\"";
        manifest.Entries["feeds/atom.xml"] = "feeds:ff";

        var json = manifest.ToJson();

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(manifest.Entries, new JsonSerializerOptions { WriteIndented = true }), json);
        Directory.CreateDirectory(Path.Combine(output, ".publisher"));
        File.WriteAllBytes(Path.Combine(output, Manifest.RelativePath), json);
        Assert.Equal(manifest.Entries, Manifest.Load(output).Entries);
    }

    [Theory]
    [InlineData("{\"a\": \"b\"")]
    [InlineData("{\"a\": 1}")]
    [InlineData("[\"a\"]")]
    [InlineData("{\"a\": \"b\"} trailing")]
    public void A_damaged_manifest_means_nothing_is_known(string text)
    {
        var output = Directory.CreateTempSubdirectory("publisher-manifest").FullName;
        Directory.CreateDirectory(Path.Combine(output, ".publisher"));
        File.WriteAllText(Path.Combine(output, Manifest.RelativePath), text);

        Assert.Empty(Manifest.Load(output).Entries);
    }
}
