using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace Publisher.Epub.Container;

/// <summary>Text deflated as a piece: encoded to UTF-8 through a pooled buffer, so only the compressed bytes are kept.</summary>
/// <remarks>And back, for a check of the text (<see cref="Inflate"/>).</remarks>
public static class TextPieces
{
    public static DeflatedPiece Deflate(ReadOnlySpan<char> text, int level)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            return DeflatedPiece.Of(buffer.AsSpan(0, length), level);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The text of a piece made by <see cref="Deflate"/>: its blocks, closed by a final empty block, inflated and decoded.</summary>
    public static string Inflate(DeflatedPiece piece)
    {
        var compressed = new byte[piece.Compressed.Length + DeflatedPiece.FinalBlock.Length];
        piece.Compressed.CopyTo(compressed, 0);
        DeflatedPiece.FinalBlock.CopyTo(compressed.AsSpan(piece.Compressed.Length));
        var bytes = new byte[piece.Length];
        using (var inflate = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress)) inflate.ReadExactly(bytes);
        return Encoding.UTF8.GetString(bytes);
    }
}
