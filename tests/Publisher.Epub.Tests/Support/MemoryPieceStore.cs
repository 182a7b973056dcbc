using System.Collections.Concurrent;
using Publisher.Epub.Container;

namespace Publisher.Epub.Tests.Support;

/// <summary>A piece store in memory that counts what it is asked, as the build's piece pack would be asked.</summary>
internal sealed class MemoryPieceStore : IPieceStore
{
    private int _found;
    private int _kept;

    public ConcurrentDictionary<PieceKey, byte[]> Pieces { get; } = new();

    public int Found => _found;

    public int Kept => _kept;

    public byte[]? Find(PieceKey key, PieceSlot slot)
    {
        if (!Pieces.TryGetValue(key, out var bytes)) return null;
        Interlocked.Increment(ref _found);
        return bytes;
    }

    public void Keep(PieceKey key, PieceSlot slot, ReadOnlySpan<byte> bytes)
    {
        Pieces[key] = bytes.ToArray();
        Interlocked.Increment(ref _kept);
    }

    public void Live(Func<IEnumerable<ulong>> owners) { }

    /// <summary>A fresh count over the same pieces, for the next "build".</summary>
    public MemoryPieceStore Next()
    {
        var next = new MemoryPieceStore();
        foreach (var (key, bytes) in Pieces) next.Pieces[key] = bytes;
        return next;
    }
}
