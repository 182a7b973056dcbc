using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace Publisher.Build.Incremental;

/// <summary>
/// The parse cache's file (<see cref="AppendedFileLayout"/>): the key is the hash of what the entries belong to, the
/// index holds each entry's offset, length and XxHash3, in content path order. Bytes after the trailer the header
/// names are never read.
/// </summary>
internal static class ParseCacheFile
{
    public const int KeySize = AppendedFileLayout.KeySize;
    public const int EntrySize = 8 + 4 + 8;
    public const int TrailerSize = AppendedFileLayout.TrailerSize;
    private static readonly AppendedFileLayout Layout = new("publisher-parse-cache\n\0\0"u8.ToArray(), 3, "parsed.\n"u8.ToArray(), EntrySize);

    /// <summary>Where one entry's bytes sit in the file, and their checksum.</summary>
    public readonly record struct Entry(long Offset, int Length, ulong Checksum);

    public static int HeaderSize => Layout.HeaderSize;

    public static byte[] Header(ReadOnlySpan<byte> key, long trailerOffset) => Layout.Header(key, trailerOffset);

    /// <summary>The trailer offset that <paramref name="header"/> (a file's first bytes) names, or null when it is not a cache for <paramref name="key"/>.</summary>
    public static long? TrailerOffset(ReadOnlySpan<byte> header, ReadOnlySpan<byte> key) => Layout.TrailerOffset(header, key);

    /// <summary>
    /// The index of the cache in <paramref name="file"/> and where its valid part ends, or null when the file is not a
    /// whole cache for <paramref name="key"/>. Entries' own checksums are left to the caller.
    /// </summary>
    public static (Entry[] Entries, long End)? ReadIndex(ReadOnlySpan<byte> file, ReadOnlySpan<byte> key)
    {
        if (TrailerOffset(file, key) is not { } trailerOffset || trailerOffset < HeaderSize || trailerOffset > file.Length - TrailerSize) return null;
        var trailer = file.Slice((int)trailerOffset, TrailerSize);
        if (Layout.IndexNamedBy(trailer, trailerOffset) is not var (indexOffset, count)) return null;
        var index = file.Slice((int)indexOffset, count * EntrySize);
        if (!Layout.IsWhole(key, index, indexOffset, trailer)) return null;
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
    public static byte[] End(ReadOnlySpan<byte> key, IReadOnlyList<Entry> entries, long indexOffset) =>
        Layout.End(key, entries.Count, indexOffset, index =>
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var at = index.AsSpan(i * EntrySize);
                BinaryPrimitives.WriteInt64LittleEndian(at, entries[i].Offset);
                BinaryPrimitives.WriteInt32LittleEndian(at[8..], entries[i].Length);
                BinaryPrimitives.WriteUInt64LittleEndian(at[12..], entries[i].Checksum);
            }
        });

    /// <summary>Points the header of the cache behind <paramref name="handle"/> at a new trailer (one small write: all or nothing).</summary>
    public static void PointAt(SafeFileHandle handle, long trailerOffset) => Layout.PointAt(handle, trailerOffset);
}
