using Microsoft.Win32.SafeHandles;

namespace Publisher.Build.Incremental;

/// <summary>
/// A file pieces are copied from when a pack is saved: read in place from its mapping when the build mapped it
/// already (the old pack), otherwise read into one buffer reused for every piece (the pending file: mapping it
/// would add its pages to the process's resident memory at the end of the build).
/// </summary>
internal sealed class PieceSource(SafeFileHandle handle, ReadOnlyMemory<byte> mapped)
{
    private byte[] _buffer = [];

    /// <summary>The bytes of <paramref name="entry"/> if they are whole; valid until the next read.</summary>
    public bool TryRead(PackEntry entry, out ReadOnlySpan<byte> bytes)
    {
        if (!mapped.IsEmpty) return PackFile.TryFind(mapped.Span, entry, out bytes);
        bytes = default;
        if (entry.Length < 0) return false;
        if (_buffer.Length < entry.Length) _buffer = new byte[Math.Max(entry.Length, _buffer.Length * 2)];
        var read = _buffer.AsSpan(0, entry.Length);
        if (!PackFile.TryRead(handle, entry, read)) return false;
        bytes = read;
        return true;
    }
}
