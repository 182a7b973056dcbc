using System.Buffers.Binary;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;
using Publisher.Epub.Container;

namespace Publisher.Build.Incremental;

/// <summary>
/// The layout of the piece pack: a header (magic, layout version, the salt its pieces belong to, where the
/// trailer is), the pieces' bytes, an index of <see cref="PackEntry"/>s in key order, and a trailer (where the
/// index starts, how many entries, an XxHash3 over header and index, an end mark). A build appends its new pieces,
/// a new index and a new trailer at the end and only then points the header at the new trailer, so a build killed
/// while appending leaves the previous pack readable. Each piece carries its own checksum in the index, so a
/// damaged piece is not found while the others still are; a damaged header, index or trailer drops the pack.
/// </summary>
internal static class PackFile
{
    public const int Version = 2;
    public const int SaltSize = 32;
    private const int FixedHeaderSize = 16 + 4 + SaltSize;
    public const int HeaderSize = FixedHeaderSize + 8;
    public const int TrailerSize = 8 + 4 + 8 + 8;
    private static ReadOnlySpan<byte> Magic => "publisher-pieces"u8;
    private static ReadOnlySpan<byte> EndMark => "pieces.\n"u8;

    public static byte[] Header(ReadOnlySpan<byte> salt, long trailerOffset)
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(16), Version);
        salt.CopyTo(header.AsSpan(20));
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(FixedHeaderSize), trailerOffset);
        return header;
    }

    /// <summary>The index of the pack behind <paramref name="handle"/>, or null when it is not a whole pack for <paramref name="salt"/>.</summary>
    public static PackIndex? ReadIndex(SafeFileHandle handle, ReadOnlySpan<byte> salt)
    {
        var length = RandomAccess.GetLength(handle);
        if (length < HeaderSize + TrailerSize) return null;
        var header = new byte[HeaderSize];
        var expected = Header(salt, 0);
        if (RandomAccess.Read(handle, header, 0) != HeaderSize || !header.AsSpan(0, FixedHeaderSize).SequenceEqual(expected.AsSpan(0, FixedHeaderSize))) return null;
        var trailerOffset = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(FixedHeaderSize));
        if (trailerOffset < HeaderSize || trailerOffset > length - TrailerSize) return null;
        Span<byte> trailer = stackalloc byte[TrailerSize];
        if (RandomAccess.Read(handle, trailer, trailerOffset) != TrailerSize || !trailer[20..].SequenceEqual(EndMark)) return null;
        var indexOffset = BinaryPrimitives.ReadInt64LittleEndian(trailer);
        var count = BinaryPrimitives.ReadInt32LittleEndian(trailer[8..]);
        if (count < 0 || indexOffset < HeaderSize || indexOffset + (long)count * PackEntry.Size != trailerOffset) return null;
        var index = new byte[count * PackEntry.Size];
        if (RandomAccess.Read(handle, index, indexOffset) != index.Length) return null;
        if (Checksum(expected, index, indexOffset, count) != BinaryPrimitives.ReadUInt64LittleEndian(trailer[12..])) return null;
        return PackIndex.From(index, count, indexOffset, trailerOffset + TrailerSize);
    }

    /// <summary>The index and trailer that follow the pieces; <paramref name="indexOffset"/> is where the index starts.</summary>
    public static byte[] End(ReadOnlySpan<byte> salt, IReadOnlyList<PackEntry> entries, long indexOffset)
    {
        var end = new byte[entries.Count * PackEntry.Size + TrailerSize];
        var index = end.AsSpan(0, entries.Count * PackEntry.Size);
        for (var i = 0; i < entries.Count; i++) entries[i].Write(index[(i * PackEntry.Size)..]);
        var trailer = end.AsSpan(index.Length);
        BinaryPrimitives.WriteInt64LittleEndian(trailer, indexOffset);
        BinaryPrimitives.WriteInt32LittleEndian(trailer[8..], entries.Count);
        BinaryPrimitives.WriteUInt64LittleEndian(trailer[12..], Checksum(Header(salt, 0), index, indexOffset, entries.Count));
        EndMark.CopyTo(trailer[20..]);
        return end;
    }

    /// <summary>Points the header of the pack behind <paramref name="handle"/> at a new trailer (one small write: all or nothing).</summary>
    public static void PointAt(SafeFileHandle handle, long trailerOffset)
    {
        Span<byte> offset = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(offset, trailerOffset);
        RandomAccess.Write(handle, offset, FixedHeaderSize);
    }

    /// <summary>The bytes of <paramref name="entry"/> from <paramref name="handle"/> if they are whole, otherwise null.</summary>
    public static byte[]? ReadPiece(SafeFileHandle handle, PackEntry entry)
    {
        var bytes = new byte[entry.Length];
        return RandomAccess.Read(handle, bytes, entry.Offset) == bytes.Length && XxHash3.HashToUInt64(bytes) == entry.Checksum ? bytes : null;
    }

    /// <summary>The bytes of <paramref name="entry"/> in a mapped <paramref name="pack"/> if they are whole, otherwise null.</summary>
    public static byte[]? ReadPiece(ReadOnlySpan<byte> pack, PackEntry entry)
    {
        if (entry.Offset < 0 || entry.Length < 0 || entry.Offset > pack.Length - entry.Length) return null;
        var bytes = pack.Slice((int)entry.Offset, entry.Length);
        return XxHash3.HashToUInt64(bytes) == entry.Checksum ? bytes.ToArray() : null;
    }

    private static ulong Checksum(byte[] header, ReadOnlySpan<byte> index, long indexOffset, int count)
    {
        var hash = new XxHash3();
        hash.Append(header.AsSpan(0, FixedHeaderSize));
        hash.Append(index);
        Span<byte> where = stackalloc byte[12];
        BinaryPrimitives.WriteInt64LittleEndian(where, indexOffset);
        BinaryPrimitives.WriteInt32LittleEndian(where[8..], count);
        hash.Append(where);
        return hash.GetCurrentHashAsUInt64();
    }
}
