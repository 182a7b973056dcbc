namespace Publisher.Epub.Cover;

/// <summary>
/// The fixed parts of a dynamic deflate block (RFC 1951, 3.2.5–3.2.7): match lengths as symbols with extra bits,
/// and the header that sends the block's code lengths, run-length coded in a code of their own.
/// </summary>
internal static class DeflateTables
{
    /// <summary>Literals 0–255, end of block 256, lengths 257–285.</summary>
    public const int LiteralLengthSymbols = 286;

    private static readonly ushort[] Bases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly byte[] ExtraBits = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];

    /// <summary>The order code-length code lengths are sent in.</summary>
    private static readonly byte[] CodeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    /// <summary>The symbol (257–285) of each match length 3–258.</summary>
    private static readonly ushort[] Symbols = CreateSymbols();

    public static int LengthSymbol(int length) => Symbols[length];

    public static int LengthBase(int symbol) => Bases[symbol - 257];

    public static int LengthExtraBits(int symbol) => ExtraBits[symbol - 257];

    /// <summary>
    /// HLIT, HDIST, HCLEN and the code lengths of the literal/length code (<paramref name="lengths"/>) and of a
    /// distance code of two one-bit codes (only distance 1 is used; two codes keep the code complete).
    /// </summary>
    public static void WriteCodeLengths(ReadOnlySpan<byte> lengths, BitWriter output)
    {
        var literalCount = LiteralLengthSymbols;
        while (literalCount > 257 && lengths[literalCount - 1] == 0) literalCount--;
        Span<byte> all = stackalloc byte[literalCount + 2];
        lengths[..literalCount].CopyTo(all);
        all[^2] = all[^1] = 1;

        Span<int> runSymbols = stackalloc int[all.Length]; // symbol | extra bits' value << 8
        var count = RunLengthCoded(all, runSymbols);
        Span<int> frequencies = stackalloc int[19];
        foreach (var entry in runSymbols[..count]) frequencies[entry & 0xFF]++;

        Span<byte> codeLengths = stackalloc byte[19];
        HuffmanCode.Lengths(frequencies, codeLengths, maxLength: 7);
        Span<ushort> codes = stackalloc ushort[19];
        HuffmanCode.Codes(codeLengths, codes);
        var sent = 19;
        while (sent > 4 && codeLengths[CodeLengthOrder[sent - 1]] == 0) sent--;
        output.Write((uint)(literalCount - 257), 5);
        output.Write(1, 5); // two distance codes
        output.Write((uint)(sent - 4), 4);
        for (var i = 0; i < sent; i++) output.Write(codeLengths[CodeLengthOrder[i]], 3);
        foreach (var entry in runSymbols[..count])
        {
            var symbol = entry & 0xFF;
            output.Write(codes[symbol], codeLengths[symbol]);
            if (symbol >= 16) output.Write((uint)(entry >> 8), symbol switch { 16 => 2, 17 => 3, _ => 7 });
        }
    }

    /// <summary>
    /// Code lengths as the code-length alphabet sends them: 0–15 as they are, 16 repeats the previous length 3–6
    /// times, 17 and 18 stand for 3–10 and 11–138 zeros. Each entry is the symbol, with its extra bits' value from bit 8.
    /// </summary>
    private static int RunLengthCoded(ReadOnlySpan<byte> lengths, Span<int> coded)
    {
        var count = 0;
        for (var i = 0; i < lengths.Length;)
        {
            var value = lengths[i];
            var run = 1;
            while (i + run < lengths.Length && lengths[i + run] == value) run++;
            i += run;
            if (value == 0)
            {
                for (; run >= 11; run -= Math.Min(run, 138)) coded[count++] = 18 | (Math.Min(run, 138) - 11) << 8;
                if (run >= 3) { coded[count++] = 17 | (run - 3) << 8; run = 0; }
                for (; run > 0; run--) coded[count++] = 0;
                continue;
            }
            coded[count++] = value;
            for (run--; run >= 3; run -= Math.Min(run, 6)) coded[count++] = 16 | (Math.Min(run, 6) - 3) << 8;
            for (; run > 0; run--) coded[count++] = value;
        }
        return count;
    }

    private static ushort[] CreateSymbols()
    {
        var symbols = new ushort[259];
        for (var code = 0; code < Bases.Length; code++)
            for (var length = Bases[code]; length < 259 && length < Bases[code] + (1 << ExtraBits[code]); length++)
                symbols[length] = (ushort)(257 + code);
        symbols[258] = 285;
        return symbols;
    }
}
