namespace Publisher.Epub.Cover;

/// <summary>
/// Deflate's Huffman codes (RFC 1951, 3.2.2): code lengths from symbol frequencies, limited to a maximum length,
/// and the canonical codes those lengths define.
/// </summary>
internal static class HuffmanCode
{
    /// <summary>
    /// Code lengths for <paramref name="frequencies"/>, none longer than <paramref name="maxLength"/>; unused symbols
    /// get 0. The code is always complete: with fewer than two symbols in use, a second one gets a length too.
    /// A tree too deep is built again from halved frequencies (rare: it takes a frequency spread of thousands to one).
    /// </summary>
    public static void Lengths(ReadOnlySpan<int> frequencies, Span<byte> lengths, int maxLength)
    {
        lengths.Clear();
        Span<int> used = stackalloc int[frequencies.Length];
        var count = 0;
        for (var symbol = 0; symbol < frequencies.Length; symbol++)
            if (frequencies[symbol] > 0) used[count++] = symbol;
        if (count < 2)
        {
            var first = count == 1 ? used[0] : 0;
            lengths[first] = 1;
            lengths[first == 0 ? 1 : 0] = 1;
            return;
        }

        if (count > 1 << maxLength) throw new ArgumentException($"{count} symbols do not fit in codes of {maxLength} bits", nameof(maxLength));
        Span<long> weights = stackalloc long[count];
        for (var i = 0; i < count; i++) weights[i] = frequencies[used[i]];
        Span<long> keys = stackalloc long[count]; // weight, then the symbol's index: ties break the same way every time
        Span<long> nodes = stackalloc long[2 * count - 1]; // leaves in weight order, then inner nodes as they are made
        Span<int> parents = stackalloc int[2 * count - 1];
        Span<byte> depths = stackalloc byte[2 * count - 1];
        while (true)
        {
            for (var i = 0; i < count; i++) keys[i] = weights[i] << 10 | (long)i;
            keys.Sort();
            for (var i = 0; i < count; i++) nodes[i] = keys[i] >> 10;
            int leaf = 0, inner = count;
            for (var next = count; next < nodes.Length; next++)
            {
                var a = leaf < count && (inner >= next || nodes[leaf] <= nodes[inner]) ? leaf++ : inner++;
                var b = leaf < count && (inner >= next || nodes[leaf] <= nodes[inner]) ? leaf++ : inner++;
                nodes[next] = nodes[a] + nodes[b];
                parents[a] = parents[b] = next;
            }
            depths[^1] = 0;
            var deepest = 0;
            for (var node = nodes.Length - 2; node >= 0; node--)
            {
                depths[node] = (byte)(depths[parents[node]] + 1);
                if (node < count && depths[node] > deepest) deepest = depths[node];
            }
            if (deepest <= maxLength)
            {
                for (var i = 0; i < count; i++) lengths[used[(int)(keys[i] & 1023)]] = depths[i];
                return;
            }
            for (var i = 0; i < count; i++) weights[i] = (weights[i] + 1) >> 1;
        }
    }

    /// <summary>The canonical code of each symbol, bit-reversed: deflate writes codes from their first bit on.</summary>
    public static void Codes(ReadOnlySpan<byte> lengths, Span<ushort> codes)
    {
        Span<int> perLength = stackalloc int[16];
        foreach (var length in lengths) perLength[length]++;
        perLength[0] = 0;
        Span<int> next = stackalloc int[16];
        var code = 0;
        for (var bits = 1; bits < 16; bits++)
        {
            code = (code + perLength[bits - 1]) << 1;
            next[bits] = code;
        }
        for (var symbol = 0; symbol < lengths.Length; symbol++)
        {
            var length = lengths[symbol];
            codes[symbol] = length == 0 ? (ushort)0 : Reverse(next[length]++, length);
        }
    }

    private static ushort Reverse(int code, int length)
    {
        var reversed = 0;
        for (var i = 0; i < length; i++, code >>= 1) reversed = reversed << 1 | (code & 1);
        return (ushort)reversed;
    }
}
