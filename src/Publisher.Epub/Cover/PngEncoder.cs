using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.InteropServices;
using Publisher.Epub.Container;

namespace Publisher.Epub.Cover;

/// <summary>
/// Writes greyscale pixels as a 4-bit PNG: sixteen greys, as many as an e-ink screen shows, in half the bytes of
/// 8-bit, so there is half as much to filter and deflate, and the file is about a third smaller. Every row has the
/// Up filter (a cover is mostly flat areas, which become rows of zeros) and is deflated by the zlib .NET ships with
/// its run-length strategy (zlib's own choice for such images: distance-1 matches only). Against zlib's default
/// matching at level 2 that is about three times faster per cover for files about 8% larger; Skia's encoder was
/// slower still. A row the same as the one above (most of a cover's) is not packed again: its Up-filtered row is zeros.
/// </summary>
internal static class PngEncoder
{
    private static readonly ZLibCompressionOptions RunLength = new() { CompressionLevel = 1, CompressionStrategy = ZLibCompressionStrategy.RunLengthEncoding };

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The thread's buffer for the deflated rows, kept between covers: only the PNG itself is allocated per cover.</summary>
    [ThreadStatic] private static MemoryStream? DeflatedRows;

    /// <summary>
    /// The thread's buffers for the packed and the filtered rows, kept between covers (which are all one size): the
    /// shared array pool missed on them most of the time and allocated two fresh large arrays per cover.
    /// </summary>
    [ThreadStatic] private static byte[]? PackedRows;

    [ThreadStatic] private static byte[]? FilteredRows;

    /// <param name="pixels">Rows of <paramref name="width"/> 8-bit greys, <paramref name="stride"/> apart; each is
    /// rounded to the nearest of the sixteen.</param>
    public static byte[] Gray4(ReadOnlySpan<byte> pixels, int width, int height, int stride)
    {
        var data = ScratchStream.Take(ref DeflatedRows);
        var rowBytes = (width + 1) / 2;
        var packed = Buffer(ref PackedRows, rowBytes * height);
        var rows = Buffer(ref FilteredRows, (rowBytes + 1) * height);
        for (var y = 0; y < height; y++)
        {
            var current = packed.AsSpan(y * rowBytes, rowBytes);
            var row = rows.AsSpan(y * (rowBytes + 1), rowBytes + 1);
            row[0] = 2; // Up
            var source = pixels.Slice(y * stride, width);
            if (y > 0 && source.SequenceEqual(pixels.Slice((y - 1) * stride, width)))
            {
                packed.AsSpan((y - 1) * rowBytes, rowBytes).CopyTo(current);
                row[1..].Clear();
                continue;
            }
            Pack(source, current);
            if (y == 0) current.CopyTo(row[1..]); // the row above the first counts as zeros
            else Subtract(current, packed.AsSpan((y - 1) * rowBytes, rowBytes), row[1..]);
        }
        using (var zlib = new ZLibStream(data, RunLength, leaveOpen: true))
            zlib.Write(rows, 0, (rowBytes + 1) * height);
        var deflated = data.GetBuffer().AsSpan(0, (int)data.Length);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 4; // bit depth
        header[9] = 0; // greyscale; compression, filter and interlace methods 0
        var png = new byte[Signature.Length + ChunkLength(header.Length) + ChunkLength(deflated.Length) + ChunkLength(0)];
        Signature.CopyTo(png);
        var at = Signature.Length;
        at += WriteChunk(png.AsSpan(at), "IHDR"u8, header);
        at += WriteChunk(png.AsSpan(at), "IDAT"u8, deflated);
        WriteChunk(png.AsSpan(at), "IEND"u8, []);
        ScratchStream.Return(ref DeflatedRows, data);
        return png;
    }

    private static byte[] Buffer(ref byte[]? slot, int length) =>
        slot is { } kept && kept.Length >= length ? kept : slot = GC.AllocateUninitializedArray<byte>(length);

    /// <summary>The sixteen-grey level nearest to an 8-bit grey: round(grey × 15 / 255), exactly, for all 256.</summary>
    public static int Level(byte grey) => (grey * 15 + 135) >> 8;

    /// <summary>Two pixels per byte, the left one in the high nibble; an odd last pixel pairs with a zero.</summary>
    private static void Pack(ReadOnlySpan<byte> greys, Span<byte> packed)
    {
        var pairs = MemoryMarshal.Cast<byte, ushort>(greys[..(greys.Length & ~1)]); // little-endian: the left pixel is the low byte
        var i = 0;
        if (BitConverter.IsLittleEndian)
        {
            var low = new Vector<ushort>(0xFF);
            var fifteen = new Vector<ushort>(15);
            var half = new Vector<ushort>(135);
            for (; i + 2 * Vector<ushort>.Count <= pairs.Length; i += 2 * Vector<ushort>.Count)
            {
                var first = PackPairs(new Vector<ushort>(pairs[i..]), low, fifteen, half);
                var second = PackPairs(new Vector<ushort>(pairs[(i + Vector<ushort>.Count)..]), low, fifteen, half);
                Vector.Narrow(first, second).CopyTo(packed[i..]);
            }
        }
        for (; i < pairs.Length; i++) packed[i] = (byte)(Level(greys[2 * i]) << 4 | Level(greys[2 * i + 1]));
        if ((greys.Length & 1) == 1) packed[^1] = (byte)(Level(greys[^1]) << 4);
    }

    private static Vector<ushort> PackPairs(Vector<ushort> pairs, Vector<ushort> low, Vector<ushort> fifteen, Vector<ushort> half)
    {
        var left = Vector.ShiftRightLogical((pairs & low) * fifteen + half, 8);
        var right = Vector.ShiftRightLogical(Vector.ShiftRightLogical(pairs, 8) * fifteen + half, 8);
        return Vector.ShiftLeft(left, 4) | right;
    }

    private static void Subtract(ReadOnlySpan<byte> current, ReadOnlySpan<byte> above, Span<byte> difference)
    {
        var i = 0;
        for (; i + Vector<byte>.Count <= current.Length; i += Vector<byte>.Count)
            (new Vector<byte>(current[i..]) - new Vector<byte>(above[i..])).CopyTo(difference[i..]);
        for (; i < current.Length; i++) difference[i] = (byte)(current[i] - above[i]);
    }

    /// <summary>Length, type, data and CRC.</summary>
    private static int ChunkLength(int dataLength) => 4 + 4 + dataLength + 4;

    /// <summary>Writes the chunk at the start of <paramref name="output"/>; returns its length.</summary>
    private static int WriteChunk(Span<byte> output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        BinaryPrimitives.WriteInt32BigEndian(output, data.Length);
        type.CopyTo(output[4..]);
        data.CopyTo(output[8..]);
        var crc = System.IO.Hashing.Crc32.HashToUInt32(output.Slice(4, 4 + data.Length)); // over the chunk's type and data
        BinaryPrimitives.WriteUInt32BigEndian(output[(8 + data.Length)..], crc);
        return ChunkLength(data.Length);
    }
}
