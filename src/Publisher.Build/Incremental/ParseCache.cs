using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Caching;
using Publisher.Build.Pipeline;

namespace Publisher.Build.Incremental;

/// <summary>
/// The last build's parse results, in the output folder, so an incremental build reads and parses only the
/// files whose stamp changed (length, write and change time, inode: <see cref="FileStamp"/>). The cache belongs to one parser code version and one set of site
/// defaults (language, time zone, base URL); anything else, or any entry whose checksum fails, means starting
/// empty. Article bodies are decoded only when a writer asks for them (see <see cref="ParsedFileCodec.Read"/>).
/// A build that parsed a few files appends their entries and a new index (layout: <see cref="ParseCacheFile"/>)
/// instead of writing tens of megabytes again; a cache that is new or carries too many dead bytes is written afresh,
/// in path order (the same files give the same bytes). Like git's index, a file written less than <see cref="Racy"/>
/// before the build looked at it is not kept: its write time alone cannot tell a later edit within the same clock tick.
/// </summary>
public sealed class ParseCache
{
    public const string RelativePath = ".publisher/parsed.bin";

    private static readonly TimeSpan Racy = TimeSpan.FromSeconds(2);

    /// <summary>Dead bytes (replaced entries, old indexes) the cache may carry before it is written afresh.</summary>
    private const long DeadAllowance = 8 << 20;

    /// <summary>The cache file as read (mapped: entries' content is decoded from it on use), and where its valid part ended.</summary>
    private readonly ReadOnlyMemory<byte> _file;
    private readonly long _end;
    private readonly long _trailerOffset;

    /// <summary>Where each entry read sits in <see cref="_file"/>, so saving keeps unchanged entries where they are.</summary>
    private readonly Dictionary<ParsedFile, ParseCacheFile.Entry> _stored;

    /// <summary>The entries of the index read, in order: a save with the same ones writes nothing.</summary>
    private readonly ParsedFile[] _order;

    private ParseCache(Dictionary<string, ParsedFile> files, ParsedFile[] order, Dictionary<ParsedFile, ParseCacheFile.Entry> stored, ReadOnlyMemory<byte> file, long end, long trailerOffset)
    {
        Files = files;
        _order = order;
        _stored = stored;
        _file = file;
        _end = end;
        _trailerOffset = trailerOffset;
    }

    /// <summary>The last build's results by content-relative path.</summary>
    public IReadOnlyDictionary<string, ParsedFile> Files { get; }

    public static ParseCache Empty() => new([], [], new(ReferenceEqualityComparer.Instance), ReadOnlyMemory<byte>.Empty, 0, 0);

    public static ParseCache Load(string outputDirectory, Site site)
    {
        var path = Path.Combine(outputDirectory, RelativePath);
        if (!File.Exists(path)) return Empty();
        try
        {
            return MappedFile.Open(path) is { } mapped ? Read(mapped.Memory, KeyOf(site)) : Empty();
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
        if (_end > 0 && files.SequenceEqual(_order, ReferenceEqualityComparer.Instance)) return; // the cache read says just this
        var key = KeyOf(site);
        var path = Path.Combine(outputDirectory, RelativePath);
        var keptBytes = files.Sum(f => _stored.TryGetValue(f, out var entry) ? (long)entry.Length : 0);
        var dead = _end - ParseCacheFile.HeaderSize - keptBytes;
        if (_end > 0 && dead <= Math.Max(DeadAllowance, keptBytes / 4) && TryAppend(path, key, files)) return;
        WriteAfresh(path, key, files);
    }

    /// <summary>
    /// Appends the new entries, an index of all and a trailer after the valid end of the cache this one was read from,
    /// then points its header at them; false (nothing written) when that file is no longer the one read.
    /// </summary>
    private bool TryAppend(string path, byte[] key, List<ParsedFile> files)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        var header = new byte[ParseCacheFile.HeaderSize];
        if (RandomAccess.GetLength(handle) < _end || RandomAccess.Read(handle, header, 0) != header.Length
            || ParseCacheFile.TrailerOffset(header, key) != _trailerOffset)
            return false;
        var position = _end;
        var index = new List<ParseCacheFile.Entry>(files.Count);
        using var encoder = new EntryEncoder();
        foreach (var file in files)
        {
            if (_stored.TryGetValue(file, out var kept))
            {
                index.Add(kept);
                continue;
            }
            var bytes = encoder.Encode(file);
            RandomAccess.Write(handle, bytes, position);
            index.Add(new(position, bytes.Length, XxHash3.HashToUInt64(bytes)));
            position += bytes.Length;
        }
        var end = ParseCacheFile.End(key, index, position);
        RandomAccess.Write(handle, end, position);
        RandomAccess.SetLength(handle, position + end.Length);
        ParseCacheFile.PointAt(handle, position + end.Length - ParseCacheFile.TrailerSize);
        return true;
    }

    /// <summary>Every entry in path order into a new file that replaces the cache (new entries encoded one at a time).</summary>
    private void WriteAfresh(string path, byte[] key, List<ParsedFile> files)
    {
        AtomicFile.Write(path, stream =>
        {
            stream.Write(ParseCacheFile.Header(key, 0)); // pointed at the trailer once it is written
            var position = (long)ParseCacheFile.HeaderSize;
            var index = new List<ParseCacheFile.Entry>(files.Count);
            using var encoder = new EntryEncoder();
            foreach (var file in files)
            {
                var bytes = _stored.TryGetValue(file, out var kept) ? _file.Span.Slice((int)kept.Offset, kept.Length) : encoder.Encode(file);
                stream.Write(bytes);
                index.Add(new(position, bytes.Length, XxHash3.HashToUInt64(bytes)));
                position += bytes.Length;
            }
            var end = ParseCacheFile.End(key, index, position);
            stream.Write(end);
            stream.Position = 0;
            stream.Write(ParseCacheFile.Header(key, position + end.Length - ParseCacheFile.TrailerSize));
        });
    }

    /// <summary>Encodes one entry at a time into a buffer it reuses.</summary>
    private sealed class EntryEncoder : IDisposable
    {
        private readonly MemoryStream _buffer = new();
        private readonly BinaryWriter _writer;

        public EntryEncoder() => _writer = new BinaryWriter(_buffer, Encoding.UTF8, leaveOpen: true);

        /// <summary>The entry's bytes, valid until the next call.</summary>
        public ReadOnlySpan<byte> Encode(ParsedFile file)
        {
            _buffer.SetLength(0);
            ParsedFileCodec.Write(_writer, file);
            _writer.Flush();
            return _buffer.GetBuffer().AsSpan(0, (int)_buffer.Length);
        }

        public void Dispose() => _writer.Dispose();
    }

    private static ParseCache Read(ReadOnlyMemory<byte> file, byte[] key)
    {
        if (ParseCacheFile.ReadIndex(file.Span, key) is not var (entries, end)) return Empty();
        var files = new ParsedFile[entries.Length];
        var whole = true;
        Parallel.For(0, entries.Length, (i, loop) =>
        {
            var entry = entries[i];
            var span = file.Span.Slice((int)entry.Offset, entry.Length);
            if (XxHash3.HashToUInt64(span) != entry.Checksum)
            {
                whole = false;
                loop.Stop();
                return;
            }
            files[i] = ParsedFileCodec.Read(file.Slice((int)entry.Offset, entry.Length));
        });
        if (!whole) return Empty();
        var stored = new Dictionary<ParsedFile, ParseCacheFile.Entry>(files.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < files.Length; i++) stored[files[i]] = entries[i];
        var trailerOffset = end - ParseCacheFile.TrailerSize;
        return new ParseCache(files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal), files, stored, file, end, trailerOffset);
    }

    /// <summary>The SHA-256 of what the entries depend on besides the files: the parser code and the site's defaults and punctuation.</summary>
    private static byte[] KeyOf(Site site) => SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
        typeof(ContentLoader).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        site.Language, site.TimeZone.Id, site.BaseUrl.AbsoluteUri, site.SmartPunctuation)));
}
