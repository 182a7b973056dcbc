using System.Buffers;
using System.Text.Json;

namespace Publisher.Build.Incremental;

/// <summary>
/// The record of the last build in the output folder: each output file, the fingerprint of the inputs it was made
/// from and its <see cref="OutputStamp"/>. An output whose fingerprint is unchanged and whose file still has the length
/// it was written with is not rebuilt.
/// </summary>
public sealed class Manifest
{
    public const string RelativePath = ".publisher/manifest.json";

    private Manifest(SortedDictionary<string, string> entries) => Entries = entries;

    /// <summary>Output path (relative, '/'-separated) → fingerprint, then the file's stamp once written.</summary>
    public SortedDictionary<string, string> Entries { get; }

    public static Manifest Empty() => new(new SortedDictionary<string, string>(StringComparer.Ordinal));

    /// <summary>This record without the entries of <paramref name="paths"/>.</summary>
    public Manifest Without(IEnumerable<string> paths)
    {
        var rest = new SortedDictionary<string, string>(Entries, StringComparer.Ordinal);
        foreach (var path in paths) rest.Remove(path);
        return new Manifest(rest);
    }

    /// <summary>Reads the manifest; a missing or unreadable one means "nothing is known", so everything is rebuilt.</summary>
    public static Manifest Load(string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, RelativePath);
        try
        {
            if (!File.Exists(path)) return Empty();
            return Read(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is JsonException or IOException or InvalidOperationException)
        {
            return Empty();
        }
    }

    /// <summary>One JSON object of strings, indented (read and written with the plain reader and writer: no serializer to start).</summary>
    public byte[] ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(Entries.Count * 110 + 8);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            foreach (var (path, fingerprint) in Entries) writer.WriteString(path, fingerprint);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static Manifest Read(ReadOnlySpan<byte> json)
    {
        var manifest = Empty();
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return manifest;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var path = reader.GetString()!;
            if (!reader.Read() || reader.TokenType != JsonTokenType.String) return Empty();
            manifest.Entries[path] = reader.GetString()!;
        }
        return reader.TokenType == JsonTokenType.EndObject && !reader.Read() ? manifest : Empty();
    }
}
