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
public sealed class ParseCache
{
    public const string RelativePath = ".publisher/parsed.bin";

    private const string Magic = "publisher-parse-cache";

    private static readonly TimeSpan Racy = TimeSpan.FromSeconds(2);

    /// <summary>Where each entry's encoded bytes sit in the cache file, so saving copies unchanged entries as they are.</summary>
    private readonly Dictionary<ParsedFile, (long Offset, int Length)> _stored;

    private ParseCache(Dictionary<string, ParsedFile> files, Dictionary<ParsedFile, (long Offset, int Length)> stored)
    {
        Files = files;
        _stored = stored;
    }

    /// <summary>The last build's results by content-relative path.</summary>
    public IReadOnlyDictionary<string, ParsedFile> Files { get; }

    public static ParseCache Empty() => new([], new(ReferenceEqualityComparer.Instance));

    public static ParseCache Load(string outputDirectory, Site site)
    {
        var path = Path.Combine(outputDirectory, RelativePath);
        if (!File.Exists(path)) return Empty();
        try
        {
            return Read(File.ReadAllBytes(path), KeyOf(site));
        }
        catch (Exception e) when (e is not OutOfMemoryException) // a damaged or foreign cache is only a slower build
        {
            return Empty();
        }
    }

    /// <summary>Writes the results of this build, leaving out files written too shortly before the build looked.</summary>
    /// <param name="lookedAt">When this build listed the content folder (the time the stamps were taken).</param>
    public void Save(string outputDirectory, Site site, IEnumerable<ParsedFile> parsed, DateTime lookedAt)
    {
        var trustedBefore = lookedAt.ToUniversalTime().Ticks - Racy.Ticks;
        var files = parsed.Where(f => f.Stamp.LastWriteUtcTicks < trustedBefore).ToList();
        var encoded = new byte[files.Count][];
        Parallel.For(0, files.Count, i =>
        {
            if (_stored.ContainsKey(files[i])) return;
            using var buffer = new MemoryStream();
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true)) ParsedFileCodec.Write(writer, files[i]);
            encoded[i] = buffer.ToArray();
        });
        var path = Path.Combine(outputDirectory, RelativePath);
        using var previous = _stored.Count > 0 ? File.OpenRead(path) : null;
        AtomicFile.Write(path, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Magic);
            writer.Write(KeyOf(site));
            writer.Write(files.Count);
            var copy = new byte[1 << 16];
            for (var i = 0; i < files.Count; i++)
            {
                if (encoded[i] is { } bytes)
                {
                    writer.Write(bytes.Length);
                    writer.Write(bytes);
                    continue;
                }
                var (offset, length) = _stored[files[i]];
                writer.Write(length);
                writer.Flush();
                previous!.Position = offset;
                CopyExactly(previous, stream, length, copy);
            }
        });
    }

    private static void CopyExactly(Stream from, Stream to, int length, byte[] buffer)
    {
        while (length > 0)
        {
            var read = from.Read(buffer, 0, Math.Min(buffer.Length, length));
            if (read == 0) throw new EndOfStreamException("the parse cache changed while this build used it");
            to.Write(buffer, 0, read);
            length -= read;
        }
    }

    private static ParseCache Read(byte[] bytes, string key)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadString() != key) return Empty();
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
        var stored = new Dictionary<ParsedFile, (long, int)>(count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < count; i++) stored[files[i]] = spans[i];
        return new ParseCache(files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal), stored);
    }

    private static string KeyOf(Site site) => string.Join('\n',
        typeof(ContentLoader).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        site.Language, site.TimeZone.Id, site.BaseUrl.AbsoluteUri);
}
