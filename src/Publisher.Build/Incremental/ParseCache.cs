using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Caching;
using Publisher.Build.Pipeline;

namespace Publisher.Build.Incremental;

/// <summary>
/// The last build's parse results, in the output folder, so an incremental build reads and parses only the
/// files whose length or write time changed. The cache belongs to one parser code version and one set of site
/// defaults (language, time zone, base URL); anything else, or a file whose checksum fails, means starting
/// empty. Article bodies are decoded only when a writer asks for them (see <see cref="ParsedFileCodec.Read"/>).
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
            return Read(File.ReadAllBytes(path), site);
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
        var path = Path.Combine(outputDirectory, RelativePath);
        using var previous = _stored.Count > 0 ? File.OpenRead(path) : null;
        AtomicFile.Write(path, stream =>
        {
            var checksum = new XxHash3();
            var copy = new byte[1 << 16];
            using var encoded = new MemoryStream();
            using var encoder = new BinaryWriter(encoded, Encoding.UTF8, leaveOpen: true);
            void Put(ReadOnlySpan<byte> bytes)
            {
                checksum.Append(bytes);
                stream.Write(bytes);
            }
            void PutLength(int length)
            {
                Span<byte> prefix = stackalloc byte[4];
                BinaryPrimitives.WriteInt32LittleEndian(prefix, length);
                Put(prefix);
            }
            Put(Header(site));
            PutLength(files.Count);
            for (var i = 0; i < files.Count; i++)
            {
                if (!_stored.TryGetValue(files[i], out var stored))
                {
                    encoded.SetLength(0);
                    ParsedFileCodec.Write(encoder, files[i]);
                    encoder.Flush();
                    PutLength((int)encoded.Length);
                    Put(encoded.GetBuffer().AsSpan(0, (int)encoded.Length));
                    continue;
                }
                var (offset, length) = stored;
                PutLength(length);
                previous!.Position = offset;
                while (length > 0)
                {
                    var read = previous.Read(copy, 0, Math.Min(copy.Length, length));
                    if (read == 0) throw new EndOfStreamException("the parse cache changed while this build used it");
                    Put(copy.AsSpan(0, read));
                    length -= read;
                }
            }
            stream.Write(checksum.GetCurrentHash());
        });
    }

    private static byte[] Header(Site site)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(KeyOf(site));
        }
        return buffer.ToArray();
    }

    private static ParseCache Read(byte[] bytes, Site site)
    {
        var header = Header(site);
        const int ChecksumLength = 8;
        if (bytes.Length < header.Length + 4 + ChecksumLength || !bytes.AsSpan(0, header.Length).SequenceEqual(header)) return Empty();
        var end = bytes.Length - ChecksumLength;
        if (!XxHash3.Hash(bytes.AsSpan(0, end)).AsSpan().SequenceEqual(bytes.AsSpan(end))) return Empty();
        var position = header.Length;
        int NextInt()
        {
            var value = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(position, 4));
            position += 4;
            return value;
        }
        var count = NextInt();
        var spans = new (int Offset, int Length)[count];
        for (var i = 0; i < count; i++)
        {
            var length = NextInt();
            if (length < 0 || length > end - position) throw new InvalidDataException("an entry runs past the end");
            spans[i] = (position, length);
            position += length;
        }
        if (position != end) throw new InvalidDataException("trailing bytes");
        var files = new ParsedFile[count];
        Parallel.For(0, count, i => files[i] = ParsedFileCodec.Read(bytes, spans[i].Offset, spans[i].Length));
        var stored = new Dictionary<ParsedFile, (long, int)>(count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < count; i++) stored[files[i]] = spans[i];
        return new ParseCache(files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal), stored);
    }

    private static string KeyOf(Site site) => string.Join('\n',
        typeof(ContentLoader).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        site.Language, site.TimeZone.Id, site.BaseUrl.AbsoluteUri);
}
