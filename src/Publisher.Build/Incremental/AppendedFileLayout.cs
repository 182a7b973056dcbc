using System.Buffers.Binary;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace Publisher.Build.Incremental;

/// <summary>
/// The layout the two files in <c>.publisher</c> that builds append to share (the piece pack, <see cref="PackFile"/>;
/// the parse cache, <see cref="ParseCacheFile"/>): a header (magic, layout version, the 32-byte key the entries belong
/// to, where the trailer is), the entries' bytes, an index of fixed-size records, and a trailer (where the index
/// starts, how many records, an XxHash3 over header and index, an end mark). A build appends new entries, a new index
/// and a new trailer after the valid end and only then points the header at the new trailer (<see cref="PointAt"/>),
/// so a build killed while appending leaves the previous file readable.
/// </summary>
internal sealed class AppendedFileLayout(byte[] magic, int version, byte[] endMark, int recordSize)
{
    public const int KeySize = 32;
    public const int TrailerSize = 8 + 4 + 8 + 8;

    private int FixedHeaderSize => magic.Length + 4 + KeySize;

    public int HeaderSize => FixedHeaderSize + 8;

    public int RecordSize => recordSize;

    public byte[] Header(ReadOnlySpan<byte> key, long trailerOffset)
    {
        var header = new byte[HeaderSize];
        magic.CopyTo(header, 0);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(magic.Length), version);
        key.CopyTo(header.AsSpan(magic.Length + 4));
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(FixedHeaderSize), trailerOffset);
        return header;
    }

    /// <summary>The trailer offset that <paramref name="header"/> (a file's first bytes) names, or null when it is not a file of this layout for <paramref name="key"/>.</summary>
    public long? TrailerOffset(ReadOnlySpan<byte> header, ReadOnlySpan<byte> key)
    {
        if (header.Length < HeaderSize || !header[..FixedHeaderSize].SequenceEqual(Header(key, 0).AsSpan(0, FixedHeaderSize))) return null;
        return BinaryPrimitives.ReadInt64LittleEndian(header[FixedHeaderSize..]);
    }

    /// <summary>
    /// Where the index that <paramref name="trailer"/> (read at <paramref name="trailerOffset"/>) names starts and how
    /// many records it has, or null when the trailer is not whole or does not fit the file.
    /// </summary>
    public (long IndexOffset, int Count)? IndexNamedBy(ReadOnlySpan<byte> trailer, long trailerOffset)
    {
        if (trailer.Length != TrailerSize || !trailer[20..].SequenceEqual(endMark)) return null;
        var indexOffset = BinaryPrimitives.ReadInt64LittleEndian(trailer);
        var count = BinaryPrimitives.ReadInt32LittleEndian(trailer[8..]);
        if (count < 0 || indexOffset < HeaderSize || indexOffset + (long)count * recordSize != trailerOffset) return null;
        return (indexOffset, count);
    }

    /// <summary>Whether <paramref name="index"/> is what <paramref name="trailer"/>'s checksum was made over.</summary>
    public bool IsWhole(ReadOnlySpan<byte> key, ReadOnlySpan<byte> index, long indexOffset, ReadOnlySpan<byte> trailer) =>
        Checksum(key, index, indexOffset, index.Length / recordSize) == BinaryPrimitives.ReadUInt64LittleEndian(trailer[12..]);

    /// <summary>The index (records written by <paramref name="writeIndex"/>) and trailer that follow the entries; <paramref name="indexOffset"/> is where the index starts.</summary>
    public byte[] End(ReadOnlySpan<byte> key, int count, long indexOffset, Action<byte[]> writeIndex)
    {
        var end = new byte[count * recordSize + TrailerSize];
        writeIndex(end);
        var index = end.AsSpan(0, count * recordSize);
        var trailer = end.AsSpan(index.Length);
        BinaryPrimitives.WriteInt64LittleEndian(trailer, indexOffset);
        BinaryPrimitives.WriteInt32LittleEndian(trailer[8..], count);
        BinaryPrimitives.WriteUInt64LittleEndian(trailer[12..], Checksum(key, index, indexOffset, count));
        endMark.CopyTo(trailer[20..]);
        return end;
    }

    /// <summary>Points the header of the file behind <paramref name="handle"/> at a new trailer (one small write: all or nothing).</summary>
    public void PointAt(SafeFileHandle handle, long trailerOffset)
    {
        Span<byte> offset = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(offset, trailerOffset);
        RandomAccess.Write(handle, offset, FixedHeaderSize);
    }

    private ulong Checksum(ReadOnlySpan<byte> key, ReadOnlySpan<byte> index, long indexOffset, int count)
    {
        var hash = new XxHash3();
        hash.Append(Header(key, 0).AsSpan(0, FixedHeaderSize));
        hash.Append(index);
        Span<byte> where = stackalloc byte[12];
        BinaryPrimitives.WriteInt64LittleEndian(where, indexOffset);
        BinaryPrimitives.WriteInt32LittleEndian(where[8..], count);
        hash.Append(where);
        return hash.GetCurrentHashAsUInt64();
    }
}
