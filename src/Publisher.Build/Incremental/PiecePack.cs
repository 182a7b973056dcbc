using System.Collections.Concurrent;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;
using Publisher.Build.Pipeline;
using Publisher.Epub.Container;

namespace Publisher.Build.Incremental;

/// <summary>
/// The EPUB stage's pieces (each article's rendered, deflated chapter content, covers) kept from
/// one build for the next in one file, <c>.publisher/pieces.bin</c> (layout: <see cref="PackFile"/>), so a book that
/// is written again renders only what changed. The pack belongs to one salt (code, runtime, site settings, EPUB
/// templates: see <see cref="PieceSalt"/>); a pack of another salt, or a damaged one, is not used. Pieces made in
/// this build go to a pending file beside it at once (memory holds only their index) and are found there by the
/// build's other books. The pending file is laid out as a pack from its first byte: when there is no old pack (a
/// first or forced build), <see cref="Save"/> ends it with its index and renames it into place, copying nothing.
/// Otherwise it appends the new pieces to the pack, or, when that is mostly dead pieces, writes it afresh in key
/// order. The old pack is read only when a piece is first asked for: a build that writes no book never opens it.
/// </summary>
public sealed class PiecePack : IPieceStore, IDisposable
{
    public const string RelativePath = ".publisher/pieces.bin";

    /// <summary>Dead bytes (replaced or dropped pieces, old indexes) a pack may carry before it is written afresh.</summary>
    private const long DeadAllowance = 16 << 20;

    private readonly string _path;
    private readonly Lazy<byte[]> _salt;
    private readonly Lazy<(SafeFileHandle Handle, PackIndex Index, ReadOnlyMemory<byte> Mapped)?> _stored;
    private readonly ConcurrentDictionary<PieceKey, PackEntry> _pending = new();
    private readonly ConcurrentDictionary<PieceKey, bool> _usedKeys = new();
    private readonly ConcurrentDictionary<PieceSlot, bool> _usedSlots = new();
    private readonly Lock _pendingLock = new();
    private Func<IEnumerable<ulong>>? _liveOwners;
    private SafeFileHandle? _pendingHandle;
    private string? _pendingPath;
    private long _pendingLength;

    /// <param name="salt">Works out the salt (<see cref="PieceSalt.Of"/>) when the pack is first used.</param>
    /// <param name="useStored">False for a forced build: the old pack is not read (and is replaced by what this build makes).</param>
    public PiecePack(string outputDirectory, Func<byte[]> salt, bool useStored)
    {
        _path = Path.Combine(outputDirectory, RelativePath);
        _salt = new(() =>
        {
            var bytes = salt();
            return bytes.Length == PackFile.SaltSize ? bytes : throw new ArgumentException($"a salt is {PackFile.SaltSize} bytes", nameof(salt));
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        _stored = new(() => useStored ? OpenStored() : null, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public byte[]? Find(PieceKey key, PieceSlot slot)
    {
        _usedKeys[key] = true;
        _usedSlots[slot] = true;
        try
        {
            if (_pending.TryGetValue(key, out var made)) return PackFile.ReadPiece(_pendingHandle!, made);
            if (_stored.Value is not { } stored || !stored.Index.TryGet(key, out var entry)) return null;
            return stored.Mapped.IsEmpty ? PackFile.ReadPiece(stored.Handle, entry) : PackFile.ReadPiece(stored.Mapped.Span, entry);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Keep(PieceKey key, PieceSlot slot, ReadOnlySpan<byte> bytes)
    {
        _ = _salt.Value; // a pack whose salt cannot be worked out keeps nothing
        _usedKeys[key] = true;
        _usedSlots[slot] = true;
        if (_pending.ContainsKey(key)) return;
        try
        {
            long offset;
            SafeFileHandle handle;
            lock (_pendingLock)
            {
                handle = _pendingHandle ??= OpenPending();
                offset = _pendingLength;
                _pendingLength += bytes.Length;
            }
            RandomAccess.Write(handle, bytes, offset);
            _pending.TryAdd(key, new PackEntry(key, slot, offset, bytes.Length, XxHash3.HashToUInt64(bytes)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) // a full disk costs the next build time, not this build its books
        {
        }
    }

    public void Live(Func<IEnumerable<ulong>> owners) => _liveOwners = owners;

    /// <summary>
    /// Writes the pack for the next build when this one made pieces or dropped some: pieces of owners this build
    /// does not have (<see cref="Live"/>) are dropped, and so are those whose slot this build used with another key.
    /// </summary>
    /// <returns>Whether the pack was written.</returns>
    public bool Save()
    {
        if (_pending.IsEmpty && !_stored.IsValueCreated) return false; // no book was written
        var stored = _stored.Value;
        var live = _liveOwners?.Invoke().ToHashSet();
        var kept = new List<PackEntry>(stored?.Index.Count ?? 0);
        var dropped = 0;
        foreach (var entry in stored?.Index.All() ?? [])
        {
            if (_pending.ContainsKey(entry.Key)) continue; // made again: its stored bytes were damaged
            var superseded = _usedSlots.ContainsKey(entry.Slot) && !_usedKeys.ContainsKey(entry.Key);
            if (superseded || live?.Contains(entry.Slot.Owner) == false) dropped++;
            else kept.Add(entry);
        }
        if (_pending.IsEmpty && dropped == 0) return false;
        if (stored is null)
        {
            Adopt([.. _pending.Values]);
            return true;
        }
        var made = _pending.Values.OrderBy(e => e.Offset).ToList();
        var pending = _pendingHandle is null ? null : new PieceSource(_pendingHandle, ReadOnlyMemory<byte>.Empty);
        var keptBytes = kept.Sum(e => (long)e.Length);
        var (handle, index, mapped) = stored.Value;
        if (index.End - PackFile.HeaderSize - keptBytes <= Math.Max(DeadAllowance, keptBytes / 2))
            Append(index.End, kept, made, pending);
        else
            WriteAfresh(new PieceSource(handle, mapped), kept, made, pending);
        return true;
    }

    public void Dispose()
    {
        if (_stored.IsValueCreated) _stored.Value?.Handle.Dispose();
        _pendingHandle?.Dispose();
        if (_pendingPath is not null) File.Delete(_pendingPath);
    }

    /// <summary>The pending file, ended with the index of its pieces and a trailer, becomes the pack.</summary>
    private void Adopt(List<PackEntry> made)
    {
        made.Sort((x, y) => PieceKey.Compare(x.Key, y.Key));
        var end = PackFile.End(_salt.Value, made, _pendingLength);
        RandomAccess.Write(_pendingHandle!, end, _pendingLength);
        PackFile.PointAt(_pendingHandle!, _pendingLength + end.Length - PackFile.TrailerSize);
        File.Move(_pendingPath!, _path, overwrite: true);
        _pendingPath = null;
    }

    /// <summary>This build's pieces, a new index and trailer after the valid end of the pack; then the header points at them.</summary>
    private void Append(long end, List<PackEntry> kept, List<PackEntry> made, PieceSource? pending)
    {
        using var pack = File.OpenHandle(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        var position = end;
        foreach (var entry in made)
        {
            if (pending is null || !pending.TryRead(entry, out var bytes)) continue;
            RandomAccess.Write(pack, bytes, position);
            kept.Add(entry with { Offset = position });
            position += bytes.Length;
        }
        kept.Sort((x, y) => PieceKey.Compare(x.Key, y.Key));
        var index = PackFile.End(_salt.Value, kept, position);
        RandomAccess.Write(pack, index, position);
        RandomAccess.SetLength(pack, position + index.Length);
        PackFile.PointAt(pack, position + index.Length - PackFile.TrailerSize);
    }

    /// <summary>All pieces still in use, in key order, into a new file that replaces the pack.</summary>
    private void WriteAfresh(PieceSource old, List<PackEntry> kept, List<PackEntry> made, PieceSource? pending)
    {
        var all = kept.Select(e => (Entry: e, From: (PieceSource?)old)).Concat(made.Select(e => (Entry: e, From: pending)))
            .OrderBy(x => x.Entry.Key, Comparer<PieceKey>.Create(PieceKey.Compare)).ToList();
        AtomicFile.Write(_path, output =>
        {
            output.Write(PackFile.Header(_salt.Value, 0)); // pointed at the trailer once it is written
            var position = (long)PackFile.HeaderSize;
            var index = new List<PackEntry>(all.Count);
            foreach (var (entry, from) in all)
            {
                if (from is null || !from.TryRead(entry, out var bytes)) continue; // damaged: the next build makes it again
                output.Write(bytes);
                index.Add(entry with { Offset = position });
                position += bytes.Length;
            }
            var end = PackFile.End(_salt.Value, index, position);
            output.Write(end);
            output.Position = 0;
            output.Write(PackFile.Header(_salt.Value, position + end.Length - PackFile.TrailerSize));
        });
    }

    /// <summary>
    /// The pack of the last build, if it is whole and of this salt. Its pieces are read from a mapping of the file
    /// (a book takes thousands: no system call and no fresh buffer each); a save only appends after its valid end.
    /// </summary>
    private (SafeFileHandle, PackIndex, ReadOnlyMemory<byte>)? OpenStored()
    {
        SafeFileHandle? handle = null;
        try
        {
            if (!File.Exists(_path)) return null;
            handle = File.OpenHandle(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (PackFile.ReadIndex(handle, _salt.Value) is { } index)
                return (handle, index, Map(handle));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) // a pack that cannot be read is only a slower build
        {
        }
        handle?.Dispose();
        return null;
    }

    /// <summary>The pack mapped, or nothing when it cannot be (its pieces are then read with a system call each).</summary>
    private static ReadOnlyMemory<byte> Map(SafeFileHandle handle)
    {
        try
        {
            return MappedFile.Open(handle)?.Memory ?? ReadOnlyMemory<byte>.Empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadOnlyMemory<byte>.Empty;
        }
    }

    private SafeFileHandle OpenPending()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _pendingPath = $"{_path}.{Environment.ProcessId}.pending{AtomicFile.TemporarySuffix}";
        var handle = File.OpenHandle(_pendingPath, FileMode.Create, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, FileOptions.None);
        RandomAccess.Write(handle, PackFile.Header(_salt.Value, 0), 0); // pointed at the trailer if the file becomes the pack
        _pendingLength = PackFile.HeaderSize;
        return handle;
    }
}
