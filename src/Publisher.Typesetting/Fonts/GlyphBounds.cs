using System.Buffers.Binary;

namespace Publisher.Typesetting.Fonts;

/// <summary>Where a character's glyph reaches, from the bounding box the <c>glyf</c> table gives it.</summary>
public static class GlyphBounds
{
    /// <summary>
    /// The top of <paramref name="c"/>'s glyph above the baseline, per 1000 units of font size; null when the file has no
    /// glyph for it, no <c>glyf</c> table (a CFF font) or cannot be read.
    /// </summary>
    public static double? Top(ReadOnlySpan<byte> font, char c)
    {
        try
        {
            var head = GlyphCoverage.FindTable(font, "head"u8);
            if (head.Length < 54) return null;
            double unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
            var glyph = GlyphCoverage.GlyphIndex(font, c);
            var loca = GlyphCoverage.FindTable(font, "loca"u8);
            var glyf = GlyphCoverage.FindTable(font, "glyf"u8);
            if (unitsPerEm <= 0 || glyph == 0 || loca.IsEmpty || glyf.IsEmpty) return null;
            var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head[50..]) != 0;
            int start = longOffsets ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(glyph * 4)..]) : BinaryPrimitives.ReadUInt16BigEndian(loca[(glyph * 2)..]) * 2;
            int end = longOffsets ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(glyph * 4 + 4)..]) : BinaryPrimitives.ReadUInt16BigEndian(loca[(glyph * 2 + 2)..]) * 2;
            return end - start >= 10 ? BinaryPrimitives.ReadInt16BigEndian(glyf[(start + 8)..]) / unitsPerEm * 1000 : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // a truncated or damaged file
        }
    }
}
