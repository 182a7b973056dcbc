using CsCheck;
using Publisher.Epub.Cover;

namespace Publisher.Epub.Tests;

/// <summary>Code lengths a decoder accepts: within the limit, a complete code, a length for every symbol in use.</summary>
public sealed class HuffmanCodeTests
{
    [Fact]
    public void Lengths_make_a_complete_code_within_the_limit() =>
        Gen.Select(Gen.OneOf(Gen.Int[0, 5], Gen.Int[0, 100_000]).Array[2, 286], Gen.Int[0, 6]).Sample((frequencies, slack) =>
        {
            var limit = Math.Min(15, (int)Math.Ceiling(Math.Log2(frequencies.Length)) + slack); // room for every symbol, or more
            var lengths = new byte[frequencies.Length];
            HuffmanCode.Lengths(frequencies, lengths, limit);
            Assert.All(lengths, length => Assert.InRange(length, 0, limit));
            for (var symbol = 0; symbol < frequencies.Length; symbol++)
                if (frequencies[symbol] > 0) Assert.NotEqual(0, lengths[symbol]);
            Assert.Equal(1.0, lengths.Where(l => l > 0).Sum(l => Math.Pow(2, -l)), precision: 12);
        }, iter: 2000);

    [Fact]
    public void Frequencies_too_skewed_for_the_limit_are_still_coded_within_it()
    {
        var fibonacci = new int[30]; // the deepest tree there is: 29 levels unlimited
        fibonacci[0] = fibonacci[1] = 1;
        for (var i = 2; i < fibonacci.Length; i++) fibonacci[i] = fibonacci[i - 1] + fibonacci[i - 2];
        var lengths = new byte[30];

        HuffmanCode.Lengths(fibonacci, lengths, maxLength: 7);

        Assert.Equal(7, lengths.Max());
        Assert.Equal(1.0, lengths.Sum(l => Math.Pow(2, -l)), precision: 12);
    }

    [Fact]
    public void Canonical_codes_are_prefix_free_and_ordered_by_length_then_symbol()
    {
        byte[] lengths = [3, 3, 3, 3, 3, 2, 4, 4]; // RFC 1951's example: F = 00, A = 010 … H = 1111
        var codes = new ushort[lengths.Length];
        HuffmanCode.Codes(lengths, codes);
        string[] expected = ["010", "011", "100", "101", "110", "00", "1110", "1111"];
        for (var symbol = 0; symbol < lengths.Length; symbol++)
        {
            var bits = string.Concat(Enumerable.Range(0, lengths[symbol]).Select(i => (codes[symbol] >> i & 1).ToString())); // written first bit first
            Assert.Equal(expected[symbol], bits);
        }
    }
}
