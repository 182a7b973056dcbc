using System.Buffers.Binary;

namespace Publisher.Epub.Container;

/// <summary>
/// Deflate's stored blocks (BTYPE = 00): bytes as they are, at most 65,535 to a block, each after a 5-byte header
/// (the block type, padded to the byte boundary, then the length and its complement). Never final: they sit among
/// other pieces of an entry. Empty data is one empty block.
/// </summary>
internal static class StoredBlocks
{
    private const int HeaderLength = 5;
    private const int MaxBlockLength = ushort.MaxValue;

    /// <summary>How many bytes <paramref name="dataLength"/> bytes take as stored blocks.</summary>
    public static int LengthOf(int dataLength) => dataLength + HeaderLength * Math.Max(1, (dataLength + MaxBlockLength - 1) / MaxBlockLength);

    /// <summary>Writes <paramref name="data"/> as stored blocks into <paramref name="output"/> (<see cref="LengthOf"/> bytes).</summary>
    public static void Write(ReadOnlySpan<byte> data, Span<byte> output)
    {
        do
        {
            var length = Math.Min(data.Length, MaxBlockLength);
            WriteHeader(output, length);
            data[..length].CopyTo(output[HeaderLength..]);
            data = data[length..];
            output = output[(HeaderLength + length)..];
        }
        while (!data.IsEmpty);
    }

    /// <summary>Writes <paramref name="data"/> as stored blocks to <paramref name="output"/>.</summary>
    public static void Write(ReadOnlySpan<byte> data, Stream output)
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        do
        {
            var length = Math.Min(data.Length, MaxBlockLength);
            WriteHeader(header, length);
            output.Write(header);
            output.Write(data[..length]);
            data = data[length..];
        }
        while (!data.IsEmpty);
    }

    private static void WriteHeader(Span<byte> header, int length)
    {
        header[0] = 0; // BFINAL = 0, BTYPE = 00, padded to the byte boundary
        BinaryPrimitives.WriteUInt16LittleEndian(header[1..], (ushort)length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[3..], (ushort)~length);
    }
}
