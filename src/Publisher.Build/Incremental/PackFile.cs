using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace Publisher.Build.Incremental;

/// <summary>
/// The piece pack's file (<see cref="AppendedFileLayout"/>): the key is the salt its pieces belong to, the index holds
/// <see cref="PackEntry"/>s in key order. Each piece carries its own checksum in the index, so a damaged piece is not
/// found while the others still are; a damaged header, index or trailer drops the pack.
/// </summary>
internal static class PackFile
{
    public const int SaltSize = AppendedFileLayout.KeySize;
    public const int TrailerSize = AppendedFileLayout.TrailerSize;
    private static readonly AppendedFileLayout Layout = new("publisher-pieces"u8.ToArray(), 2, "pieces.\n"u8.ToArray(), PackEntry.Size);

    public static int HeaderSize => Layout.HeaderSize;

    public static byte[] Header(ReadOnlySpan<byte> salt, long trailerOffset) => Layout.Header(salt, trailerOffset);

    /// <summary>The index of the pack behind <paramref name="handle"/>, or null when it is not a whole pack for <paramref name="salt"/>.</summary>
    public static PackIndex? ReadIndex(SafeFileHandle handle, ReadOnlySpan<byte> salt)
    {
        var length = RandomAccess.GetLength(handle);
        if (length < HeaderSize + TrailerSize) return null;
        var header = new byte[HeaderSize];
        if (RandomAccess.Read(handle, header, 0) != HeaderSize || Layout.TrailerOffset(header, salt) is not { } trailerOffset) return null;
        if (trailerOffset < HeaderSize || trailerOffset > length - TrailerSize) return null;
        var trailer = new byte[TrailerSize];
        if (RandomAccess.Read(handle, trailer, trailerOffset) != TrailerSize || Layout.IndexNamedBy(trailer, trailerOffset) is not var (indexOffset, count)) return null;
        var index = new byte[count * PackEntry.Size];
        if (RandomAccess.Read(handle, index, indexOffset) != index.Length || !Layout.IsWhole(salt, index, indexOffset, trailer)) return null;
        return PackIndex.From(index, count, indexOffset, trailerOffset + TrailerSize);
    }

    /// <summary>The index and trailer that follow the pieces; <paramref name="indexOffset"/> is where the index starts.</summary>
    public static byte[] End(ReadOnlySpan<byte> salt, IReadOnlyList<PackEntry> entries, long indexOffset) =>
        Layout.End(salt, entries.Count, indexOffset, index =>
        {
            for (var i = 0; i < entries.Count; i++) entries[i].Write(index.AsSpan(i * PackEntry.Size));
        });

    /// <summary>Points the header of the pack behind <paramref name="handle"/> at a new trailer (one small write: all or nothing).</summary>
    public static void PointAt(SafeFileHandle handle, long trailerOffset) => Layout.PointAt(handle, trailerOffset);

    /// <summary>The bytes of <paramref name="entry"/> from <paramref name="handle"/> if they are whole, otherwise null.</summary>
    public static byte[]? ReadPiece(SafeFileHandle handle, PackEntry entry)
    {
        var bytes = new byte[entry.Length];
        return TryRead(handle, entry, bytes) ? bytes : null;
    }

    /// <summary>Reads the bytes of <paramref name="entry"/> from <paramref name="handle"/> into <paramref name="into"/> (its length); whether they are whole.</summary>
    public static bool TryRead(SafeFileHandle handle, PackEntry entry, Span<byte> into) =>
        RandomAccess.Read(handle, into, entry.Offset) == into.Length && XxHash3.HashToUInt64(into) == entry.Checksum;

    /// <summary>The bytes of <paramref name="entry"/> in a mapped <paramref name="pack"/> if they are whole, otherwise null.</summary>
    public static byte[]? ReadPiece(ReadOnlySpan<byte> pack, PackEntry entry) =>
        TryFind(pack, entry, out var bytes) ? bytes.ToArray() : null;

    /// <summary>The bytes of <paramref name="entry"/> in a mapped <paramref name="pack"/>, in place, if they are whole.</summary>
    public static bool TryFind(ReadOnlySpan<byte> pack, PackEntry entry, out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        if (entry.Offset < 0 || entry.Length < 0 || entry.Offset > pack.Length - entry.Length) return false;
        bytes = pack.Slice((int)entry.Offset, entry.Length);
        return XxHash3.HashToUInt64(bytes) == entry.Checksum;
    }
}
