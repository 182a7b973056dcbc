using System.Buffers.Binary;

namespace Publisher.Typesetting.Fonts;

/// <summary>
/// Rewrites a TrueType font so that no composite glyph is built from another composite glyph. PDFsharp's subsetter
/// keeps the parts of a composite glyph but not the parts of those parts, so a glyph two levels deep lost its
/// inner pieces in every PDF: Noto Serif's ½ (a fraction of two composite figures) printed as a lone ⁄, ǻ lost its
/// ring, ḉ its cedilla. Here each part that is itself composite is replaced by its own parts, their placements
/// combined, so one level of parts is all any glyph has. The outlines are the same; the glyph's own hinting
/// instructions are dropped (a PDF viewer does not run them).
/// </summary>
internal static class CompositeGlyphs
{
    private const int ArgsAreWords = 0x0001, ArgsAreXyValues = 0x0002, RoundXyToGrid = 0x0004, HaveScale = 0x0008,
        MoreComponents = 0x0020, HaveXyScale = 0x0040, HaveTwoByTwo = 0x0080, HaveInstructions = 0x0100,
        OverlapCompound = 0x0400, ScaledComponentOffset = 0x0800;

    private const int MaxDepth = 16;

    /// <summary>The font with every nested composite glyph flattened; the same bytes when there is none, or when
    /// the font is not one this can read (CFF outlines, a collection, damaged tables).</summary>
    public static byte[] Flatten(byte[] font)
    {
        try
        {
            return TryFlatten(font) ?? font;
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            return font; // a damaged table: PDFsharp reads it as before
        }
    }

    private static byte[]? TryFlatten(byte[] bytes)
    {
        if (TrueTypeFile.Read(bytes) is not { } font || font["glyf"] is not { } glyf || font["loca"] is not { } loca
            || font["head"] is not { Length: >= 54 } head || font["maxp"] is not { Length: >= 6 } maxp)
            return null;
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4));
        var glyphs = new byte[glyphCount][];
        for (var g = 0; g < glyphCount; g++)
        {
            var (start, end) = longOffsets
                ? (BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * g)), BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * g + 4)))
                : (2u * BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(2 * g)), 2u * BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(2 * g + 2)));
            glyphs[g] = end > start ? glyf.AsSpan((int)start, (int)(end - start)).ToArray() : [];
        }

        var changed = false;
        var mostParts = 0;
        var flattened = new byte[glyphCount][];
        for (var g = 0; g < glyphCount; g++)
        {
            flattened[g] = glyphs[g];
            if (!IsComposite(glyphs[g]) || !Parts(glyphs[g]).Any(p => IsComposite(glyphs[p.Glyph]))) continue;
            var parts = new List<Part>();
            if (!Expand(glyphs, g, Placement.Identity, parts, 0)) continue;
            flattened[g] = Encode(glyphs[g], parts);
            mostParts = Math.Max(mostParts, parts.Count);
            changed = true;
        }
        if (!changed) return null;

        var glyfLength = flattened.Sum(g => (long)((g.Length + 3) & ~3));
        var writeLong = longOffsets || glyfLength > 0x1FFFE;
        var newGlyf = new byte[glyfLength];
        var newLoca = new byte[(glyphCount + 1) * (writeLong ? 4 : 2)];
        var offset = 0;
        for (var g = 0; g <= glyphCount; g++)
        {
            if (writeLong) BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), (uint)offset);
            else BinaryPrimitives.WriteUInt16BigEndian(newLoca.AsSpan(2 * g), (ushort)(offset / 2));
            if (g == glyphCount) break;
            flattened[g].CopyTo(newGlyf, offset);
            offset += (flattened[g].Length + 3) & ~3;
        }
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), (short)(writeLong ? 1 : 0));
        if (maxp.Length >= 32 && BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(28)) < mostParts)
            BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(28), (ushort)mostParts); // maxComponentElements
        font.Replace("glyf", newGlyf);
        font.Replace("loca", newLoca);
        font.Replace("head", head);
        font.Replace("maxp", maxp);
        return font.Write();
    }

    private static bool IsComposite(byte[] glyph) => glyph.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(glyph) < 0;

    /// <summary>
    /// Adds the simple glyphs <paramref name="glyph"/> is made of to <paramref name="parts"/>, each placed by
    /// <paramref name="outer"/> after its own placement; false for what cannot be combined (parts placed by matching
    /// points, offsets scaled the Apple way, placements that no longer fit the format, a loop).
    /// </summary>
    private static bool Expand(byte[][] glyphs, int glyph, Placement outer, List<Part> parts, int depth)
    {
        if (depth > MaxDepth) return false;
        foreach (var part in Parts(glyphs[glyph]))
        {
            if ((part.Flags & ArgsAreXyValues) == 0 || (part.Flags & ScaledComponentOffset) != 0 || part.Glyph >= glyphs.Length) return false;
            var placed = outer.After(part.Placement);
            if (IsComposite(glyphs[part.Glyph]))
            {
                if (!Expand(glyphs, part.Glyph, placed, parts, depth + 1)) return false;
            }
            else
            {
                if (!placed.Fits) return false;
                parts.Add(part with { Placement = placed });
            }
        }
        return true;
    }

    /// <summary>The parts of a composite glyph as its records give them.</summary>
    private static List<Part> Parts(byte[] glyph)
    {
        var parts = new List<Part>();
        var at = 10;
        int flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(at));
            var index = BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(at + 2));
            at += 4;
            int dx, dy;
            if ((flags & ArgsAreWords) != 0)
            {
                (dx, dy) = (BinaryPrimitives.ReadInt16BigEndian(glyph.AsSpan(at)), BinaryPrimitives.ReadInt16BigEndian(glyph.AsSpan(at + 2)));
                at += 4;
            }
            else
            {
                (dx, dy) = ((sbyte)glyph[at], (sbyte)glyph[at + 1]);
                at += 2;
            }
            double a = 1, b = 0, c = 0, d = 1;
            if ((flags & HaveScale) != 0)
            {
                a = d = F2Dot14(glyph, at);
                at += 2;
            }
            else if ((flags & HaveXyScale) != 0)
            {
                (a, d) = (F2Dot14(glyph, at), F2Dot14(glyph, at + 2));
                at += 4;
            }
            else if ((flags & HaveTwoByTwo) != 0)
            {
                (a, b, c, d) = (F2Dot14(glyph, at), F2Dot14(glyph, at + 2), F2Dot14(glyph, at + 4), F2Dot14(glyph, at + 6));
                at += 8;
            }
            parts.Add(new Part(flags, index, new Placement(a, b, c, d, dx, dy)));
        }
        while ((flags & MoreComponents) != 0);
        return parts;
    }

    /// <summary>The glyph's header (contour count and bounding box, unchanged) followed by the flattened parts.</summary>
    private static byte[] Encode(byte[] original, List<Part> parts)
    {
        using var output = new MemoryStream();
        output.Write(original, 0, 10);
        Span<byte> record = stackalloc byte[16];
        for (var i = 0; i < parts.Count; i++)
        {
            var (flags, glyph, p) = parts[i];
            var scale = p.B == 0 && p.C == 0
                ? (p.A == 1 && p.D == 1 ? 0 : p.A == p.D ? HaveScale : HaveXyScale)
                : HaveTwoByTwo;
            var newFlags = ArgsAreWords | ArgsAreXyValues | scale | (flags & RoundXyToGrid)
                | (i == 0 ? BinaryPrimitives.ReadUInt16BigEndian(original.AsSpan(10)) & OverlapCompound : 0) | (i + 1 < parts.Count ? MoreComponents : 0);
            BinaryPrimitives.WriteUInt16BigEndian(record, (ushort)newFlags);
            BinaryPrimitives.WriteUInt16BigEndian(record[2..], glyph);
            BinaryPrimitives.WriteInt16BigEndian(record[4..], (short)Math.Round(p.Dx));
            BinaryPrimitives.WriteInt16BigEndian(record[6..], (short)Math.Round(p.Dy));
            var length = 8;
            foreach (var value in scale switch
                     {
                         HaveScale => [p.A],
                         HaveXyScale => [p.A, p.D],
                         HaveTwoByTwo => [p.A, p.B, p.C, p.D],
                         _ => Array.Empty<double>(),
                     })
            {
                BinaryPrimitives.WriteInt16BigEndian(record[length..], (short)Math.Round(value * 16384));
                length += 2;
            }
            output.Write(record[..length]);
        }
        return output.ToArray();
    }

    private static double F2Dot14(byte[] glyph, int at) => BinaryPrimitives.ReadInt16BigEndian(glyph.AsSpan(at)) / 16384.0;

    private readonly record struct Part(int Flags, ushort Glyph, Placement Placement);

    /// <summary>Where a part goes: the point (x, y) of the part is drawn at (a·x + c·y + dx, b·x + d·y + dy).</summary>
    private readonly record struct Placement(double A, double B, double C, double D, double Dx, double Dy)
    {
        public static Placement Identity => new(1, 0, 0, 1, 0, 0);

        /// <summary>This placement applied to what <paramref name="inner"/> placed.</summary>
        public Placement After(Placement inner) => new(
            A * inner.A + C * inner.B, B * inner.A + D * inner.B,
            A * inner.C + C * inner.D, B * inner.C + D * inner.D,
            A * inner.Dx + C * inner.Dy + Dx, B * inner.Dx + D * inner.Dy + Dy);

        /// <summary>The record can hold it: offsets in 16 bits, factors in F2Dot14 ([-2, 2)).</summary>
        public bool Fits => InRange(Dx, -32768, 32767) && InRange(Dy, -32768, 32767)
            && new[] { A, B, C, D }.All(v => InRange(v * 16384, -32768, 32767));

        private static bool InRange(double value, double low, double high) => Math.Round(value) >= low && Math.Round(value) <= high;
    }
}
