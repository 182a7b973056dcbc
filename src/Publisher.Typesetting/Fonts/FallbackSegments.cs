namespace Publisher.Typesetting.Fonts;

/// <summary>
/// A string drawn in one face without line breaking (running headers and footers), cut where it needs the fallback
/// face: each stretch of characters the face has no glyph for but the fallback face has is drawn in the fallback face.
/// (Text that is broken into lines gets its fallback runs from <see cref="PrintableText"/> instead.)
/// </summary>
internal static class FallbackSegments
{
    public static List<(string Text, FontFaceKey Face)> Of(string text, FontFaceKey face, FontFaceKey fallback)
    {
        var own = GlyphCoverage.Of(FontLibrary.Shared.Resolve(face));
        var other = GlyphCoverage.Of(FontLibrary.Shared.Resolve(fallback));
        var segments = new List<(string Text, FontFaceKey Face)>(1);
        var start = 0;
        var inFallback = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var needsFallback = i < text.Length && NeedsFallback(text[i], own, other);
            if (i < text.Length && needsFallback == inFallback) continue;
            if (i > start) segments.Add((text[start..i], inFallback ? fallback : face));
            start = i;
            inFallback = needsFallback;
        }
        return segments;
    }

    /// <summary>The width of <paramref name="text"/> at <paramref name="size"/>, drawn in the segments <see cref="Of"/> cuts it into.</summary>
    public static double Width(string text, FontFaceKey face, FontFaceKey fallback, double size)
    {
        double width = 0;
        foreach (var (part, partFace) in Of(text, face, fallback)) width += FontMetrics.For(partFace).Width(part, size);
        return width;
    }

    private static bool NeedsFallback(char c, GlyphCoverage own, GlyphCoverage fallback) =>
        c >= 0x20 && !char.IsSurrogate(c) && !own.Contains(c) && fallback.Contains(c);
}
