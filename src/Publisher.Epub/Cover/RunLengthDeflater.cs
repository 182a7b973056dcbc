using System.Buffers;
using System.Buffers.Binary;

namespace Publisher.Epub.Cover;

/// <summary>
/// Deflates bytes whose redundancy is runs of one value — the filtered rows of a flat-shaded image, where an area
/// of one grey becomes a run of zeros — the way zlib's run-length strategy does: every match repeats the byte
/// before it (distance 1). There is no hash table to set up or search, runs are found by a vectorised scan, and
/// the Adler-32 of the bytes is summed along (a run at once). Each block of up to <see cref="BlockSymbols"/>
/// symbols gets its own Huffman codes. The output depends on the bytes alone.
/// </summary>
internal static class RunLengthDeflater
{
    /// <summary>Symbols (literals and matches) per block: zlib's default, so codes follow the image's areas.</summary>
    private const int BlockSymbols = 16384;
    private const int MaxMatch = 258;
    private const int EndOfBlock = 256;
    private const uint AdlerModulus = 65521;

    /// <summary>Writes <paramref name="data"/> as deflate blocks, the last one final; returns its Adler-32.</summary>
    public static uint Deflate(ReadOnlySpan<byte> data, BitWriter output)
    {
        var symbols = ArrayPool<ushort>.Shared.Rent(BlockSymbols); // < 256 a literal; 256 + n a match of length n
        Span<int> frequencies = stackalloc int[DeflateTables.LiteralLengthSymbols];
        ulong a = 1, b = 0;
        var at = 0;
        do
        {
            frequencies.Clear();
            var count = 0;
            while (at < data.Length && count < BlockSymbols)
            {
                var value = data[at];
                // A run of at least three bytes equal to the one before: one match (checked byte by byte first,
                // so the many short repeats in text rows do not each start a scan).
                if (at > 0 && at + 2 < data.Length && value == data[at - 1] && value == data[at + 1] && value == data[at + 2])
                {
                    var window = data.Slice(at + 3, Math.Min(MaxMatch, data.Length - at) - 3);
                    var run = window.IndexOfAnyExcept(value);
                    run = 3 + (run < 0 ? window.Length : run);
                    symbols[count++] = (ushort)(EndOfBlock + run);
                    frequencies[DeflateTables.LengthSymbol(run)]++;
                    b += (ulong)run * a + value * (ulong)(run * (run + 1) / 2);
                    a += (ulong)run * value;
                    at += run;
                    continue;
                }
                symbols[count++] = value;
                frequencies[value]++;
                a += value;
                b += a;
                at++;
            }
            // A block adds at most 16,384 · 258 · 255 to a and 258 times that to b: far from overflow.
            a %= AdlerModulus;
            b %= AdlerModulus;
            frequencies[EndOfBlock] = 1;
            WriteBlock(symbols.AsSpan(0, count), frequencies, final: at >= data.Length, output);
        }
        while (at < data.Length);
        ArrayPool<ushort>.Shared.Return(symbols);
        return (uint)(b << 16 | a);
    }

    private static void WriteBlock(ReadOnlySpan<ushort> symbols, ReadOnlySpan<int> frequencies, bool final, BitWriter output)
    {
        Span<byte> lengths = stackalloc byte[DeflateTables.LiteralLengthSymbols];
        HuffmanCode.Lengths(frequencies, lengths, maxLength: 15);
        Span<ushort> codes = stackalloc ushort[DeflateTables.LiteralLengthSymbols];
        HuffmanCode.Codes(lengths, codes);
        output.Write(final ? 1u : 0u, 1);
        output.Write(2, 2); // dynamic Huffman codes
        DeflateTables.WriteCodeLengths(lengths, output);

        // Each symbol's whole bit string: the literal's code, or the length's code, its extra bits and distance
        // code 0 (distance 1, whose one-bit code is 0). Bits in the low 24, their count above.
        Span<uint> fields = stackalloc uint[EndOfBlock + MaxMatch + 1];
        for (var literal = 0; literal <= EndOfBlock; literal++) fields[literal] = codes[literal] | (uint)lengths[literal] << 24;
        for (var length = 3; length <= MaxMatch; length++)
        {
            var code = DeflateTables.LengthSymbol(length);
            var bitCount = lengths[code] + DeflateTables.LengthExtraBits(code) + 1;
            fields[EndOfBlock + length] = (codes[code] | (uint)(length - DeflateTables.LengthBase(code)) << lengths[code]) | (uint)bitCount << 24;
        }

        var room = output.Reserve(symbols.Length * 3 + 8, out var bits, out var pending); // at most 21 bits a symbol
        var written = 0;
        foreach (var symbol in symbols)
        {
            var field = fields[symbol];
            bits |= (ulong)(field & 0xFFFFFF) << pending;
            pending += (int)(field >> 24);
            if (pending < 32) continue;
            BinaryPrimitives.WriteUInt32LittleEndian(room[written..], (uint)bits);
            written += 4;
            bits >>= 32;
            pending -= 32;
        }
        output.Commit(written, bits, pending);
        output.Write(codes[EndOfBlock], lengths[EndOfBlock]);
    }
}
