using System.Buffers.Binary;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace Publisher.Build.Incremental;

/// <summary>
/// The layout of the piece pack: a header (magic, layout version, the salt its pieces belong to), the pieces'
/// bytes in key order, an index of <see cref="PackEntry"/>s, and a trailer (where the index starts, how many
/// entries, an XxHash3 over header and index, an end mark). Each piece carries its own checksum in the index,
/// so a damaged piece is not found while the others still are; a damaged header, index or trailer drops the pack.
/// </summary>
internal static class PackFile
{
    public const int Version = 1;
    public const int SaltSize = 32;
    public const int HeaderSize = 16 + 4 + SaltSize;
    public const int TrailerSize = 8 + 4 + 8 + 8;
    private static ReadOnlySpan<byte> Magic => "publisher-pieces"u8;
    private static ReadOnlySpan<byte> EndMark => "pieces.\n"u8;

    public static byte[] Header(ReadOnlySpan<byte> salt)
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(16), Version);
        salt.CopyTo(header.AsSpan(20));
        return header;
    }

    /// <summary>The index of the pack behind <paramref name="handle"/>, or null when it is not a whole pack for <paramref name="salt"/>.</summary>
    public static Dictionary<Epub.Container.PieceKey, PackEntry>? ReadIndex(SafeFileHandle handle, ReadOnlySpan<byte> salt)
    {
        var length = RandomAccess.GetLength(handle);
        if (length < HeaderSize + TrailerSize) return null;
        var header = new byte[HeaderSize];
        if (RandomAccess.Read(handle, header, 0) != HeaderSize || !header.AsSpan().SequenceEqual(Header(salt))) return null;
        Span<byte> trailer = stackalloc byte[TrailerSize];
        if (RandomAccess.Read(handle, trailer, length - TrailerSize) != TrailerSize || !trailer[20..].SequenceEqual(EndMark)) return null;
        var indexOffset = BinaryPrimitives.ReadInt64LittleEndian(trailer);
        var count = BinaryPrimitives.ReadInt32LittleEndian(trailer[8..]);
        if (count < 0 || indexOffset < HeaderSize || indexOffset + (long)count * PackEntry.Size != length - TrailerSize) return null;
        var index = new byte[count * PackEntry.Size];
        if (RandomAccess.Read(handle, index, indexOffset) != index.Length) return null;
        if (Checksum(header, index, indexOffset, count) != BinaryPrimitives.ReadUInt64LittleEndian(trailer[12..])) return null;
        var entries = new Dictionary<Epub.Container.PieceKey, PackEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var entry = PackEntry.Read(index.AsSpan(i * PackEntry.Size));
            if (entry.Offset < HeaderSize || entry.Length < 0 || entry.Offset + entry.Length > indexOffset) return null;
            entries[entry.Key] = entry;
        }
        return entries;
    }

    /// <summary>Writes index and trailer after the pieces; <paramref name="indexOffset"/> is where the index starts.</summary>
    public static void WriteEnd(Stream output, byte[] header, IReadOnlyList<PackEntry> entries, long indexOffset)
    {
        var index = new byte[entries.Count * PackEntry.Size];
        for (var i = 0; i < entries.Count; i++) entries[i].Write(index.AsSpan(i * PackEntry.Size));
        output.Write(index);
        Span<byte> trailer = stackalloc byte[TrailerSize];
        BinaryPrimitives.WriteInt64LittleEndian(trailer, indexOffset);
        BinaryPrimitives.WriteInt32LittleEndian(trailer[8..], entries.Count);
        BinaryPrimitives.WriteUInt64LittleEndian(trailer[12..], Checksum(header, index, indexOffset, entries.Count));
        EndMark.CopyTo(trailer[20..]);
        output.Write(trailer);
    }

    /// <summary>The bytes of <paramref name="entry"/> from <paramref name="handle"/> if they are whole, otherwise null.</summary>
    public static byte[]? ReadPiece(SafeFileHandle handle, PackEntry entry)
    {
        var bytes = new byte[entry.Length];
        return RandomAccess.Read(handle, bytes, entry.Offset) == bytes.Length && XxHash3.HashToUInt64(bytes) == entry.Checksum ? bytes : null;
    }

    private static ulong Checksum(byte[] header, byte[] index, long indexOffset, int count)
    {
        var hash = new XxHash3();
        hash.Append(header);
        hash.Append(index);
        Span<byte> where = stackalloc byte[12];
        BinaryPrimitives.WriteInt64LittleEndian(where, indexOffset);
        BinaryPrimitives.WriteInt32LittleEndian(where[8..], count);
        hash.Append(where);
        return hash.GetCurrentHashAsUInt64();
    }
}
