using System.Buffers.Binary;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace Publisher.Build.Incremental;

/// <summary>
/// The layout of the parse cache: a header (magic, layout version, the hash of the key the entries belong to, where
/// the trailer is), the entries' bytes, an index (offset, length and XxHash3 of each entry, in content path order),
/// and a trailer (where the index starts, how many entries, an XxHash3 over header and index, an end mark). Like
/// the piece pack (<see cref="PackFile"/>), a build that changed a few files appends their entries, a new index and
/// a new trailer after the valid end and only then points the header at the new trailer: a build killed while
/// appending leaves the previous cache readable, and bytes after the trailer the header names are never read.
/// </summary>
internal static class ParseCacheFile
{
    public const int Version = 2;
    public const int KeySize = 32;
    private const int FixedHeaderSize = 24 + 4 + KeySize;
    public const int HeaderSize = FixedHeaderSize + 8;
    public const int EntrySize = 8 + 4 + 8;
    public const int TrailerSize = 8 + 4 + 8 + 8;
    private static ReadOnlySpan<byte> Magic => "publisher-parse-cache\n\0\0"u8;
    private static ReadOnlySpan<byte> EndMark => "parsed.\n"u8;

    /// <summary>Where one entry's bytes sit in the file, and their checksum.</summary>
    public readonly record struct Entry(long Offset, int Length, ulong Checksum);

    public static byte[] Header(ReadOnlySpan<byte> key, long trailerOffset)
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(24), Version);
        key.CopyTo(header.AsSpan(28));
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(FixedHeaderSize), trailerOffset);
        return header;
    }

    /// <summary>The trailer offset that <paramref name="header"/> (a file's first bytes) names, or null when it is not a cache for <paramref name="key"/>.</summary>
    public static long? TrailerOffset(ReadOnlySpan<byte> header, ReadOnlySpan<byte> key)
    {
        if (header.Length < HeaderSize || !header[..FixedHeaderSize].SequenceEqual(Header(key, 0).AsSpan(0, FixedHeaderSize))) return null;
        return BinaryPrimitives.ReadInt64LittleEndian(header[FixedHeaderSize..]);
    }

    /// <summary>
    /// The index of the cache in <paramref name="file"/> and where its valid part ends, or null when the file is not a
    /// whole cache for <paramref name="key"/>. Entries' own checksums are left to the caller.
    /// </summary>
    public static (Entry[] Entries, long End)? ReadIndex(ReadOnlySpan<byte> file, ReadOnlySpan<byte> key)
    {
        if (TrailerOffset(file, key) is not { } trailerOffset || trailerOffset < HeaderSize || trailerOffset > file.Length - TrailerSize) return null;
        var trailer = file.Slice((int)trailerOffset, TrailerSize);
        if (!trailer[20..].SequenceEqual(EndMark)) return null;
        var indexOffset = BinaryPrimitives.ReadInt64LittleEndian(trailer);
        var count = BinaryPrimitives.ReadInt32LittleEndian(trailer[8..]);
        if (count < 0 || indexOffset < HeaderSize || indexOffset + (long)count * EntrySize != trailerOffset) return null;
        var index = file.Slice((int)indexOffset, count * EntrySize);
        if (Checksum(key, index, indexOffset, count) != BinaryPrimitives.ReadUInt64LittleEndian(trailer[12..])) return null;
        var entries = new Entry[count];
        for (var i = 0; i < count; i++)
        {
            var at = index[(i * EntrySize)..];
            var entry = new Entry(BinaryPrimitives.ReadInt64LittleEndian(at), BinaryPrimitives.ReadInt32LittleEndian(at[8..]), BinaryPrimitives.ReadUInt64LittleEndian(at[12..]));
            if (entry.Offset < HeaderSize || entry.Length < 0 || entry.Offset + entry.Length > indexOffset) return null;
            entries[i] = entry;
        }
        return (entries, trailerOffset + TrailerSize);
    }

    /// <summary>The index and trailer that follow the entries; <paramref name="indexOffset"/> is where the index starts.</summary>
    public static byte[] End(ReadOnlySpan<byte> key, IReadOnlyList<Entry> entries, long indexOffset)
    {
        var end = new byte[entries.Count * EntrySize + TrailerSize];
        var index = end.AsSpan(0, entries.Count * EntrySize);
        for (var i = 0; i < entries.Count; i++)
        {
            var at = index[(i * EntrySize)..];
            BinaryPrimitives.WriteInt64LittleEndian(at, entries[i].Offset);
            BinaryPrimitives.WriteInt32LittleEndian(at[8..], entries[i].Length);
            BinaryPrimitives.WriteUInt64LittleEndian(at[12..], entries[i].Checksum);
        }
        var trailer = end.AsSpan(index.Length);
        BinaryPrimitives.WriteInt64LittleEndian(trailer, indexOffset);
        BinaryPrimitives.WriteInt32LittleEndian(trailer[8..], entries.Count);
        BinaryPrimitives.WriteUInt64LittleEndian(trailer[12..], Checksum(key, index, indexOffset, entries.Count));
        EndMark.CopyTo(trailer[20..]);
        return end;
    }

    /// <summary>Points the header of the cache behind <paramref name="handle"/> at a new trailer (one small write: all or nothing).</summary>
    public static void PointAt(SafeFileHandle handle, long trailerOffset)
    {
        Span<byte> offset = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(offset, trailerOffset);
        RandomAccess.Write(handle, offset, FixedHeaderSize);
    }

    private static ulong Checksum(ReadOnlySpan<byte> key, ReadOnlySpan<byte> index, long indexOffset, int count)
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
