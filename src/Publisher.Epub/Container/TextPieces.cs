using System.Buffers;
using System.Text;

namespace Publisher.Epub.Container;

/// <summary>Text deflated as a piece: encoded to UTF-8 through a pooled buffer, so only the compressed bytes are kept.</summary>
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
}
