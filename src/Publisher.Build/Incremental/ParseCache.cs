using System.Text;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Caching;
using Publisher.Build.Pipeline;

namespace Publisher.Build.Incremental;

/// <summary>
/// The last build's parse results, in the output folder, so an incremental build reads and parses only the
/// files whose length or write time changed. The cache belongs to one parser code version and one set of site
/// defaults (language, time zone, base URL); anything else, or a damaged file, means starting empty.
/// Like git's index, a file written less than <see cref="Racy"/> before the build looked at it is not kept:
/// its write time alone cannot tell a later edit within the same clock tick. The cache holds no time of its
/// own, so the same files give the same cache bytes.
/// </summary>
public static class ParseCache
{
    public const string RelativePath = ".publisher/parsed.bin";

    private const string Magic = "publisher-parse-cache";

    private static readonly TimeSpan Racy = TimeSpan.FromSeconds(2);

    public static IReadOnlyDictionary<string, ParsedFile> Load(string outputDirectory, Site site)
    {
        var path = Path.Combine(outputDirectory, RelativePath);
        if (!File.Exists(path)) return new Dictionary<string, ParsedFile>();
        try
        {
            return Read(File.ReadAllBytes(path), KeyOf(site));
        }
        catch (Exception e) when (e is not OutOfMemoryException) // a damaged or foreign cache is only a slower build
        {
            return new Dictionary<string, ParsedFile>();
        }
    }

    /// <param name="lookedAt">When this build listed the content folder (the time the stamps were taken).</param>
    public static void Save(string outputDirectory, Site site, IEnumerable<ParsedFile> parsed, DateTime lookedAt)
    {
        var trustedBefore = lookedAt.ToUniversalTime().Ticks - Racy.Ticks;
        var files = parsed.Where(f => f.Stamp.LastWriteUtcTicks < trustedBefore).ToList();
        var blobs = new byte[files.Count][];
        Parallel.For(0, files.Count, i =>
        {
            using var buffer = new MemoryStream();
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true)) ParsedFileCodec.Write(writer, files[i]);
            blobs[i] = buffer.ToArray();
        });
        AtomicFile.Write(Path.Combine(outputDirectory, RelativePath), stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Magic);
            writer.Write(KeyOf(site));
            writer.Write(blobs.Length);
            foreach (var blob in blobs)
            {
                writer.Write(blob.Length);
                writer.Write(blob);
            }
        });
    }

    private static Dictionary<string, ParsedFile> Read(byte[] bytes, string key)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadString() != key) return [];
        var count = reader.ReadInt32();
        var spans = new (int Offset, int Length)[count];
        for (var i = 0; i < count; i++)
        {
            var length = reader.ReadInt32();
            spans[i] = ((int)reader.BaseStream.Position, length);
            reader.BaseStream.Seek(length, SeekOrigin.Current);
        }
        if (reader.BaseStream.Position != bytes.Length) throw new InvalidDataException("trailing bytes");
        var files = new ParsedFile[count];
        Parallel.For(0, count, i =>
        {
            using var entry = new BinaryReader(new MemoryStream(bytes, spans[i].Offset, spans[i].Length, writable: false), Encoding.UTF8);
            files[i] = ParsedFileCodec.Read(entry);
        });
        return files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
    }

    private static string KeyOf(Site site) => string.Join('\n',
        typeof(ContentLoader).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        site.Language, site.TimeZone.Id, site.BaseUrl.AbsoluteUri);
}
