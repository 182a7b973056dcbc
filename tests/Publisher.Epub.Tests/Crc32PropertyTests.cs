using CsCheck;
using Publisher.Epub.Container;

namespace Publisher.Epub.Tests;

/// <summary>
/// The ZIP CRCs come from the runtime's vectorised CRC-32 and from combining pieces' CRCs (with a shift a piece keeps);
/// both must equal CRC-32 computed bit by bit over the joined bytes.
/// </summary>
public sealed class Crc32PropertyTests
{
    private static readonly Gen<byte[]> Bytes = Gen.OneOf(Gen.Byte.Array[0, 40], Gen.Byte.Array[0, 5000]);

    [Fact]
    public void Crc_of_bytes_equals_the_bitwise_crc() =>
        Bytes.Sample(data => Assert.Equal(Bitwise(data), Crc32.Of(data)), iter: 2000);

    [Fact]
    public void Combining_equals_the_crc_of_the_joined_bytes() =>
        Gen.Select(Bytes, Bytes).Sample((a, b) =>
        {
            var joined = Bitwise([.. a, .. b]);
            Assert.Equal(joined, Crc32.Combine(Crc32.Of(a), Crc32.Of(b), b.Length));
            if (b.Length > 0) Assert.Equal(joined, Crc32.Combine(Crc32.Of(a), Crc32.Of(b), Crc32.ShiftOver(b.Length)));
        }, iter: 2000);

    [Fact]
    public void A_piece_writer_sums_what_it_deflates() =>
        Gen.Select(Bytes, Bytes).Sample((a, b) =>
        {
            using var writer = new PieceWriter(2);
            writer.Write(a);
            writer.Write(b);
            var piece = writer.Finish();
            Assert.Equal(Bitwise([.. a, .. b]), piece.Crc);
            Assert.Equal(Crc32.ShiftOver(piece.Length), piece.Shift);
        }, iter: 300);

    private static uint Bitwise(ReadOnlySpan<byte> data)
    {
        var crc = uint.MaxValue;
        foreach (var value in data)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
        }
        return ~crc;
    }
}
