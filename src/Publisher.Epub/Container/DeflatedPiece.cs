namespace Publisher.Epub.Container;

/// <summary>
/// Part of a ZIP entry, deflated on its own: raw deflate blocks that end on a byte boundary (a sync flush) and
/// are not marked final, so pieces compressed apart can follow one another in one entry. A piece keeps the
/// CRC-32 and length of its uncompressed bytes, which is all the entry needs of them. This is how a chapter
/// reuses its article's compressed text in every book that holds the article.
/// </summary>
public sealed class DeflatedPiece
{
    /// <summary>An empty final block (BFINAL = 1, fixed codes, end of block): closes an entry made of pieces.</summary>
    public static ReadOnlySpan<byte> FinalBlock => [0x03, 0x00];

    internal DeflatedPiece(byte[] compressed, uint crc, long length)
    {
        Compressed = compressed;
        Crc = crc;
        Length = length;
    }

    public byte[] Compressed { get; }

    /// <summary>CRC-32 of the uncompressed bytes.</summary>
    public uint Crc { get; }

    /// <summary>Length of the uncompressed bytes.</summary>
    public long Length { get; }

    /// <summary>Not computed yet: a shift is a 32-bit value, so any negative number marks it.</summary>
    private long _shift = -1;

    /// <summary><see cref="Crc32.ShiftOver"/> of <see cref="Length"/>, computed once: an article's piece is combined into every chapter that holds it.</summary>
    public uint Shift
    {
        get
        {
            var shift = Interlocked.Read(ref _shift);
            if (shift < 0) Interlocked.Exchange(ref _shift, shift = Crc32.ShiftOver(Length));
            return (uint)shift;
        }
    }

    /// <param name="level">zlib level, 1 (fastest) to 9 (smallest); 0 stores the bytes in stored blocks.</param>
    public static DeflatedPiece Of(ReadOnlySpan<byte> data, int level)
    {
        if (level == 0) return Stored(data);
        using var writer = new PieceWriter(level);
        writer.Write(data);
        return writer.Finish();
    }

    /// <summary>The bytes as stored blocks.</summary>
    private static DeflatedPiece Stored(ReadOnlySpan<byte> data)
    {
        var compressed = new byte[StoredBlocks.LengthOf(data.Length)];
        StoredBlocks.Write(data, compressed);
        return new DeflatedPiece(compressed, Crc32.Of(data), data.Length);
    }
}
