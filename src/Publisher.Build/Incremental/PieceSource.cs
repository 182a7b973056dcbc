using Microsoft.Win32.SafeHandles;

namespace Publisher.Build.Incremental;

/// <summary>
/// A file pieces are copied from when a pack is saved: read in place from its mapping when it has one (no system
/// call and no fresh buffer per piece), with a read of its handle otherwise.
/// </summary>
internal readonly record struct PieceSource(SafeFileHandle Handle, ReadOnlyMemory<byte> Mapped)
{
    /// <summary>The bytes of <paramref name="entry"/> if they are whole; valid until the next read.</summary>
    public bool TryRead(PackEntry entry, out ReadOnlySpan<byte> bytes)
    {
        if (!Mapped.IsEmpty) return PackFile.TryFind(Mapped.Span, entry, out bytes);
        var read = PackFile.ReadPiece(Handle, entry);
        bytes = read;
        return read is not null;
    }
}
