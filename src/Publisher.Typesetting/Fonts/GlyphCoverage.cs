using System.Buffers.Binary;
using System.Collections.Concurrent;

namespace Publisher.Typesetting.Fonts;

/// <summary>
/// The characters one font file has glyphs for, read from its <c>cmap</c> table (format 4 for the
/// Basic Multilingual Plane, format 12 for all of Unicode). A file it cannot read covers nothing.
/// </summary>
public sealed class GlyphCoverage
{
    private static readonly ConcurrentDictionary<string, GlyphCoverage> ByFace = new(StringComparer.OrdinalIgnoreCase);
    private readonly (int First, int Last)[] _ranges;

    private GlyphCoverage((int First, int Last)[] ranges) => _ranges = ranges;

    /// <summary>The covered code points as sorted inclusive ranges.</summary>
    internal ReadOnlySpan<(int First, int Last)> Ranges => _ranges;

    /// <summary>The coverage of a face of <see cref="FontLibrary.Shared"/> (read once per face).</summary>
    public static GlyphCoverage Of(FontFaceKey face) =>
        ByFace.GetOrAdd(face.FaceName, static name => Read(FontLibrary.Shared.GetBytes(name) ?? []));

    public bool Contains(int codePoint)
    {
        int low = 0, high = _ranges.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var (first, last) = _ranges[middle];
            if (codePoint < first) high = middle - 1;
            else if (codePoint > last) low = middle + 1;
            else return true;
        }
        return false;
    }

    public static GlyphCoverage Read(ReadOnlySpan<byte> font)
    {
        try
        {
            var table = UnicodeSubtable(font, out var format);
            var ranges = format switch { 12 => Format12(table), 4 => Format4(table), _ => [] };
            ranges.Sort();
            return new([.. ranges]);
        }
        catch (ArgumentOutOfRangeException)
        {
            return new([]); // a truncated or damaged file: no glyph is trusted
        }
    }

    /// <summary>
    /// The glyph index of a BMP character in a font file (0, the missing glyph, when it has none).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The file is truncated or damaged.</exception>
    internal static int GlyphIndex(ReadOnlySpan<byte> font, char c)
    {
        var table = UnicodeSubtable(font, out var format);
        if (format == 12)
        {
            var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
            for (var g = 0; g < groups; g++)
            {
                var group = table.Slice(16 + g * 12, 12);
                if (c >= BinaryPrimitives.ReadUInt32BigEndian(group) && c <= BinaryPrimitives.ReadUInt32BigEndian(group[4..]))
                    return (int)(BinaryPrimitives.ReadUInt32BigEndian(group[8..]) + c - BinaryPrimitives.ReadUInt32BigEndian(group));
            }
            return 0;
        }
        if (format != 4) return 0;
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = table[14..];
        var starts = ends[(segments * 2 + 2)..];
        var deltas = starts[(segments * 2)..];
        var offsets = deltas[(segments * 2)..];
        for (var s = 0; s < segments; s++)
        {
            if (c > BinaryPrimitives.ReadUInt16BigEndian(ends[(s * 2)..])) continue;
            int start = BinaryPrimitives.ReadUInt16BigEndian(starts[(s * 2)..]);
            if (c < start) return 0;
            return GlyphInSegment(c, start, BinaryPrimitives.ReadInt16BigEndian(deltas[(s * 2)..]), BinaryPrimitives.ReadUInt16BigEndian(offsets[(s * 2)..]), offsets, s);
        }
        return 0;
    }

    /// <summary>The cmap subtable this reads (format 12 when the file has one, else format 4) and its <paramref name="format"/>; 0 when none.</summary>
    private static ReadOnlySpan<byte> UnicodeSubtable(ReadOnlySpan<byte> font, out int format)
    {
        format = 0;
        var cmap = FindTable(font, "cmap"u8);
        if (cmap.IsEmpty) return [];
        var best = ReadOnlySpan<byte>.Empty;
        var bestFormat = 0;
        int subtables = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        for (var i = 0; i < subtables; i++)
        {
            var record = cmap.Slice(4 + i * 8, 8);
            int platform = BinaryPrimitives.ReadUInt16BigEndian(record), encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var isUnicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (!isUnicode) continue;
            var table = cmap[(int)BinaryPrimitives.ReadUInt32BigEndian(record[4..])..];
            int tableFormat = BinaryPrimitives.ReadUInt16BigEndian(table);
            if (tableFormat == 12 || (tableFormat == 4 && bestFormat != 12))
            {
                best = table;
                bestFormat = tableFormat;
            }
        }
        format = bestFormat;
        return best;
    }

    /// <summary>The glyph of <paramref name="c"/> in format 4 segment <paramref name="segment"/> (which starts at <paramref name="start"/>).</summary>
    private static int GlyphInSegment(int c, int start, int delta, int offset, ReadOnlySpan<byte> offsets, int segment)
    {
        if (offset == 0) return (c + delta) & 0xFFFF;
        var index = BinaryPrimitives.ReadUInt16BigEndian(offsets[(segment * 2 + offset + (c - start) * 2)..]);
        return index == 0 ? 0 : (index + delta) & 0xFFFF;
    }

    /// <summary>A table of an OpenType file by its tag; empty when the file has none.</summary>
    internal static ReadOnlySpan<byte> FindTable(ReadOnlySpan<byte> font, ReadOnlySpan<byte> tag)
    {
        int tables = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < tables; i++)
        {
            var record = font.Slice(12 + i * 16, 16);
            if (record[..4].SequenceEqual(tag))
                return font.Slice((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }
        return [];
    }

    private static List<(int First, int Last)> Format4(ReadOnlySpan<byte> table)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = table[14..];
        var starts = ends[(segments * 2 + 2)..];
        var deltas = starts[(segments * 2)..];
        var offsets = deltas[(segments * 2)..];
        var ranges = new List<(int, int)>();
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(ends[(s * 2)..]), start = BinaryPrimitives.ReadUInt16BigEndian(starts[(s * 2)..]);
            int delta = BinaryPrimitives.ReadInt16BigEndian(deltas[(s * 2)..]), offset = BinaryPrimitives.ReadUInt16BigEndian(offsets[(s * 2)..]);
            var runStart = -1;
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                var glyph = GlyphInSegment(c, start, delta, offset, offsets, s);
                if (glyph != 0 && runStart < 0) runStart = c;
                if (glyph == 0 && runStart >= 0) { ranges.Add((runStart, c - 1)); runStart = -1; }
            }
            if (runStart >= 0) ranges.Add((runStart, Math.Min(end, 0xFFFE)));
        }
        return ranges;
    }

    private static List<(int First, int Last)> Format12(ReadOnlySpan<byte> table)
    {
        var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        var ranges = new List<(int, int)>(groups);
        for (var g = 0; g < groups; g++)
        {
            var group = table.Slice(16 + g * 12, 12);
            ranges.Add(((int)BinaryPrimitives.ReadUInt32BigEndian(group), (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..])));
        }
        return ranges;
    }
}
