using System.IO.Compression;
using CsCheck;
using Publisher.Epub.Cover;

namespace Publisher.Epub.Tests;

/// <summary>
/// The cover's own deflater: what it writes must inflate (by the runtime's zlib, which checks the Adler-32 too) to
/// the bytes it was given, whatever their mix of runs and noise, over one block or many.
/// </summary>
public sealed class RunLengthDeflaterTests
{
    /// <summary>Runs of one value (1 to 3,000 long) between stretches of noise: filtered image rows, and worse.</summary>
    private static readonly Gen<byte[]> RunsAndNoise =
        Gen.OneOf(
                Gen.Select(Gen.Byte, Gen.Int[1, 3000]).Select((value, length) => Enumerable.Repeat(value, length).ToArray()),
                Gen.Byte.Array[1, 400])
            .Array[0, 60]
            .Select(parts => parts.SelectMany(p => p).ToArray());

    [Fact]
    public void Deflated_bytes_inflate_to_the_input() =>
        Gen.OneOf(RunsAndNoise, Gen.Byte.Array[0, 50], Gen.Byte.Array[40_000, 70_000]) // the last: several blocks of literals
            .Sample(data => Assert.Equal(data, Inflate(Zlib(data))), iter: 300);

    [Fact]
    public void The_adler_32_is_that_of_the_input() =>
        RunsAndNoise.Sample(data =>
        {
            using var output = new BitWriter(64);
            Assert.Equal(Adler32(data), RunLengthDeflater.Deflate(data, output));
        }, iter: 300);

    [Fact]
    public void Long_runs_of_zeros_cost_next_to_nothing()
    {
        var data = new byte[601 * 900]; // a blank cover's filtered rows, filter bytes aside
        Assert.InRange(Zlib(data).Length, 10, 601 * 900 / 258 / 2);
    }

    private static byte[] Zlib(byte[] data)
    {
        using var output = new BitWriter(64);
        output.WriteBytes([0x78, 0x01]);
        var adler = RunLengthDeflater.Deflate(data, output);
        output.AlignToByte();
        output.WriteBytes([(byte)(adler >> 24), (byte)(adler >> 16), (byte)(adler >> 8), (byte)adler]);
        return output.Written.ToArray();
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var inflater = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        var result = new MemoryStream();
        inflater.CopyTo(result);
        return result.ToArray();
    }

    private static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var value in data)
        {
            a = (a + value) % 65521;
            b = (b + a) % 65521;
        }
        return b << 16 | a;
    }
}
