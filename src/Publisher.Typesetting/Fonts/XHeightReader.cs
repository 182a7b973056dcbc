using System.Buffers.Binary;

namespace Publisher.Typesetting.Fonts;

/// <summary>
/// The height of a face's lower-case letters, per 1000 units of font size: the OS/2 table's <c>sxHeight</c> (version 2
/// and later), else the top of the glyph of <c>x</c> (DejaVu Sans Mono's OS/2 table is version 1). Text set in another
/// face beside it is scaled so the two x-heights match, which is what makes mixed faces look the same size.
/// </summary>
public static class XHeightReader
{
    /// <summary>What a face whose x-height cannot be read is taken to have (most Latin faces: 0.45–0.55 em).</summary>
    public const double Default = 500;

    public static double Read(ReadOnlySpan<byte> font)
    {
        try
        {
            var head = GlyphCoverage.FindTable(font, "head"u8);
            if (head.Length < 54) return Default;
            double unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
            if (unitsPerEm <= 0) return Default;
            var os2 = GlyphCoverage.FindTable(font, "OS/2"u8);
            if (os2.Length >= 88 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2 && BinaryPrimitives.ReadInt16BigEndian(os2[86..]) is > 0 and var sxHeight)
                return Plausible(sxHeight / unitsPerEm * 1000);
            return Plausible(GlyphBounds.Top(font, 'x') ?? 0);
        }
        catch (ArgumentOutOfRangeException)
        {
            return Default; // a truncated or damaged file
        }
    }

    private static double Plausible(double height) => height is >= 250 and <= 800 ? height : Default;
}
