using System.Buffers.Binary;
using Publisher.Typesetting.Rendering;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// Colour profiles read from pictures: a JPEG's from its numbered APP2 pieces in any order, a PNG's inflated from its
/// iCCP chunk; a profile with a piece missing or repeated, or that is not whole, is none.
/// </summary>
public sealed class ColorProfileTests
{
    private static readonly byte[] Profile = JpegHeader.Read(TestImages.Jpeg(8, 8, colorSpace: TestImages.DisplayP3))!.Value.Profile!;

    [Fact]
    public void A_profile_skia_writes_is_whole_and_for_three_components()
    {
        Assert.Equal(3, ColorProfile.Components(Profile));
        Assert.Equal(0, ColorProfile.Components(Profile.AsSpan(0, Profile.Length - 1)));
        Assert.Equal(0, ColorProfile.Components(new byte[200]));
        Assert.Null(JpegHeader.Read(TestImages.Jpeg(8, 8))!.Value.Profile);
        // A device link maps one colour space to another: no colour space of its own.
        var link = Profile.ToArray();
        "link"u8.CopyTo(link.AsSpan(12));
        Assert.Equal(0, ColorProfile.Components(link));
        // A version after 4 is not one PDF 1.7 readers know.
        var later = Profile.ToArray();
        later[8] = 5;
        Assert.Equal(0, ColorProfile.Components(later));
    }

    [Fact]
    public void A_jpegs_profile_in_pieces_is_put_together_in_their_numbered_order()
    {
        var third = Profile.Length / 3;
        byte[][] parts = [Profile[..third], Profile[third..(2 * third)], Profile[(2 * third)..]];
        Assert.Equal(Profile, WithPieces((2, 3, parts[1]), (1, 3, parts[0]), (3, 3, parts[2])));
        Assert.Null(WithPieces((1, 3, parts[0]), (3, 3, parts[2])));                     // one missing
        Assert.Null(WithPieces((1, 3, parts[0]), (1, 3, parts[0]), (2, 3, parts[1]), (3, 3, parts[2]))); // one repeated
        Assert.Null(WithPieces((1, 2, parts[0]), (2, 3, parts[1]), (3, 3, parts[2])));   // counts that disagree
        Assert.Null(WithPieces((0, 1, Profile)));                                        // numbered from 1
    }

    /// <summary>A plain JPEG with APP2 profile pieces (number, count, data) put after its start, read back.</summary>
    private static byte[]? WithPieces(params (int Number, int Count, byte[] Data)[] pieces)
    {
        var jpeg = TestImages.Jpeg(8, 8);
        var segments = new List<byte>();
        foreach (var (number, count, data) in pieces)
        {
            var length = new byte[2];
            BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(2 + 14 + data.Length));
            segments.AddRange([0xFF, 0xE2, .. length, .. "ICC_PROFILE\0"u8.ToArray(), (byte)number, (byte)count, .. data]);
        }
        return JpegHeader.Read([.. jpeg[..2], .. segments, .. jpeg[2..]])!.Value.Profile;
    }

    [Fact]
    public void A_pngs_profile_is_inflated_from_its_iccp_chunk()
    {
        var png = TestImages.Png(8, 8, colorSpace: TestImages.DisplayP3);
        var profile = ColorProfile.OfPng(png);
        Assert.NotNull(profile);
        Assert.Equal(3, ColorProfile.Components(profile));
        Assert.Null(ColorProfile.OfPng(TestImages.Png(8, 8)));
        // The chunk's deflated data damaged: no profile (and no exception).
        var at = png.AsSpan().IndexOf("iCCP"u8);
        var name = png.AsSpan(at + 4).IndexOf((byte)0);
        png[at + 4 + name + 2] ^= 0xFF;
        png[at + 4 + name + 3] ^= 0xFF;
        Assert.Null(ColorProfile.OfPng(png));
    }
}
