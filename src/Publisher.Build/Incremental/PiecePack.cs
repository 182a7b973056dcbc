using System.Collections.Concurrent;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;
using Publisher.Build.Pipeline;
using Publisher.Epub.Container;

namespace Publisher.Build.Incremental;

/// <summary>
/// The EPUB stage's pieces (each article's rendered, deflated chapter content) kept from one build for the next in
/// one file, <c>.publisher/pieces.bin</c>, so a book that is written again renders only the articles that changed.
/// The pack belongs to one salt (code, runtime, site settings, EPUB templates: see <see cref="PieceSalt"/>); a pack
/// of another salt, or one that is damaged, is not used. Pieces made in this build go to a pending file beside it
/// at once (memory holds only their index) and are found there by the build's other books; <see cref="Save"/>
/// then writes the new pack: this build's pieces, and the earlier ones still in use, in key order (the same pieces
/// give the same file). The old pack is read only when a piece is first asked for: a build that writes no book
/// never opens it.
/// </summary>
public sealed class PiecePack : IPieceStore, IDisposable
{
    public const string RelativePath = ".publisher/pieces.bin";

    private readonly string _path;
    private readonly Lazy<byte[]> _salt;
    private readonly Lazy<(SafeFileHandle Handle, Dictionary<PieceKey, PackEntry> Index)?> _stored;
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
        if (_pending.TryGetValue(key, out var made)) return PackFile.ReadPiece(_pendingHandle!, made);
        if (_stored.Value is not { } stored || !stored.Index.TryGetValue(key, out var entry)) return null;
        try
        {
            return PackFile.ReadPiece(stored.Handle, entry);
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

    public void Live(Func<IEnumerable<ulong>> owners) => _liveOwners = owners;

    /// <summary>
    /// Writes the pack for the next build when this one made pieces or dropped some: pieces of owners this build
    /// does not have (<see cref="Live"/>) are dropped, and so are those whose slot this build used with another key.
    /// </summary>
    /// <returns>Whether the pack was written.</returns>
    public bool Save()
    {
        if (_pending.IsEmpty && !_stored.IsValueCreated) return false; // no book was written
        var stored = _stored.IsValueCreated ? _stored.Value : null;
        var live = _liveOwners?.Invoke().ToHashSet();
        var kept = new List<(PackEntry Entry, SafeFileHandle From)>(_pending.Count + (stored?.Index.Count ?? 0));
        kept.AddRange(_pending.Values.Select(e => (e, _pendingHandle!)));
        var dropped = 0;
        foreach (var entry in stored?.Index.Values ?? Enumerable.Empty<PackEntry>())
        {
            if (_pending.ContainsKey(entry.Key)) continue;
            var superseded = _usedSlots.ContainsKey(entry.Slot) && !_usedKeys.ContainsKey(entry.Key);
            if (superseded || live?.Contains(entry.Slot.Owner) == false) dropped++;
            else kept.Add((entry, stored!.Value.Handle));
        }
        if (_pending.IsEmpty && dropped == 0) return false;
        kept.Sort((x, y) => PieceKey.Compare(x.Entry.Key, y.Entry.Key));
        AtomicFile.Write(_path, output =>
        {
            var header = PackFile.Header(_salt.Value);
            output.Write(header);
            var position = (long)header.Length;
            var index = new List<PackEntry>(kept.Count);
            foreach (var (entry, from) in kept)
            {
                if (PackFile.ReadPiece(from, entry) is not { } bytes) continue; // damaged: the next build makes it again
                output.Write(bytes);
                index.Add(entry with { Offset = position });
                position += bytes.Length;
            }
            PackFile.WriteEnd(output, header, index, position);
        });
        return true;
    }

    public void Dispose()
    {
        if (_stored.IsValueCreated) _stored.Value?.Handle.Dispose();
        _pendingHandle?.Dispose();
        if (_pendingPath is not null) File.Delete(_pendingPath);
    }

    private (SafeFileHandle, Dictionary<PieceKey, PackEntry>)? OpenStored()
    {
        SafeFileHandle? handle = null;
        try
        {
            if (!File.Exists(_path)) return null;
            handle = File.OpenHandle(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (PackFile.ReadIndex(handle, _salt.Value) is { } index) return (handle, index);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) // a pack that cannot be read is only a slower build
        {
        }
        handle?.Dispose();
        return null;
    }

    private SafeFileHandle OpenPending()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _pendingPath = $"{_path}.{Environment.ProcessId}.pending{AtomicFile.TemporarySuffix}";
        return File.OpenHandle(_pendingPath, FileMode.Create, FileAccess.ReadWrite, FileShare.Read, FileOptions.None);
    }
}
