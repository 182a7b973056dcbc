using System.Text.Json;

namespace Publisher.Build.Incremental;

/// <summary>
/// The record of the last build in the output folder: each output file and the fingerprint of the inputs it
/// was made from. An output whose fingerprint is unchanged and whose file still exists is not rebuilt.
/// </summary>
public sealed class Manifest
{
    public const string RelativePath = ".publisher/manifest.json";

    private Manifest(SortedDictionary<string, string> entries) => Entries = entries;

    /// <summary>Output path (relative, '/'-separated) → fingerprint.</summary>
    public SortedDictionary<string, string> Entries { get; }

    public static Manifest Empty() => new(new SortedDictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Reads the manifest; a missing or unreadable one means "nothing is known", so everything is rebuilt.</summary>
    public static Manifest Load(string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, RelativePath);
        try
        {
            if (!File.Exists(path)) return Empty();
            var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllBytes(path));
            return entries is null ? Empty() : new Manifest(new SortedDictionary<string, string>(entries, StringComparer.Ordinal));
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return Empty();
        }
    }

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(Entries, new JsonSerializerOptions { WriteIndented = true });
}
