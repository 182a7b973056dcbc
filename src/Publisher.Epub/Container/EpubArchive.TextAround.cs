using System.Buffers;
using System.Text;

namespace Publisher.Epub.Container;

public sealed partial class EpubArchive
{
    /// <summary>
    /// Adds a file made of <paramref name="before"/>, <paramref name="piece"/> and <paramref name="after"/>: a chapter
    /// page around its article, whose text is deflated once for every book. The two texts go in stored blocks
    /// (<see cref="CompressionLevels.Stored"/>), written straight from a pooled buffer: the same bytes as pieces made of
    /// them, without making the pieces.
    /// </summary>
    public void Add(string path, ReadOnlySpan<char> before, DeflatedPiece piece, ReadOnlySpan<char> after)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(before.Length) + Encoding.UTF8.GetMaxByteCount(after.Length));
        try
        {
            var beforeLength = Encoding.UTF8.GetBytes(before, buffer);
            var afterLength = Encoding.UTF8.GetBytes(after, buffer.AsSpan(beforeLength));
            var first = buffer.AsSpan(0, beforeLength);
            var last = buffer.AsSpan(beforeLength, afterLength);

            var crc = Crc32.Of(first);
            if (piece.Length > 0) crc = Crc32.Combine(crc, piece.Crc, piece.Shift);
            if (last.Length > 0) crc = Crc32.Combine(crc, Crc32.Of(last), last.Length);
            var compressed = StoredBlocks.LengthOf(first.Length) + piece.Compressed.Length + StoredBlocks.LengthOf(last.Length) + DeflatedPiece.FinalBlock.Length;
            WriteHeaders(path, Method.Deflate, crc, compressed, first.Length + piece.Length + last.Length);
            WriteStored(first);
            Write(piece.Compressed);
            WriteStored(last);
            Write(DeflatedPiece.FinalBlock);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void WriteStored(ReadOnlySpan<byte> data)
    {
        StoredBlocks.Write(data, _output);
        _position += StoredBlocks.LengthOf(data.Length);
    }
}
