using Publisher.Typesetting.Bidi;
using SkiaSharp;

namespace Publisher.Epub.Cover;

/// <summary>
/// Fits cover text into a width by measuring it with the cover fonts: the largest size up to a maximum that fits,
/// wrapped into at most a few lines (between separated parts where they fit whole, else at any space); what still does
/// not fit at the smallest size is cut with an ellipsis. Characters the cover fonts cannot draw are left out; Hebrew and
/// Arabic lines come out in the order they are drawn in (<see cref="BidiText.Drawn"/>).
/// </summary>
public static class CoverLayout
{
    private const string Separator = "·";

    public static FittedText Fit(string text, bool bold, float maxWidth, float maxSize, float minSize, int maxLines)
    {
        text = CoverFonts.Instance.WithoutMissing(text);
        var typeface = bold ? CoverFonts.Instance.Bold : CoverFonts.Instance.Regular;
        using var font = new SKFont(typeface, maxSize);
        // Sizes in steps of 4 units: covers share sizes, so Skia's glyph cache serves most of their text.
        for (var size = MathF.Floor(maxSize / 4) * 4; size >= minSize; size -= 4)
        {
            font.Size = size;
            var lines = WrapWhole(text, font, maxWidth, maxLines) ?? Wrap(text, font, maxWidth, maxLines);
            if (lines is not null) return Drawn(lines, size);
        }
        font.Size = minSize;
        return Drawn(CutToFit(text, font, maxWidth, maxLines), minSize);
    }

    /// <summary>The lines as the painter draws them, from the left: right-to-left text reordered, Arabic letters joined.</summary>
    private static FittedText Drawn(List<string> lines, float size) => new([.. lines.Select(BidiText.Drawn)], size);

    /// <summary>
    /// Breaks only between the parts a separator stands between (<c>Kunst &amp; Kultur · Verkehr</c>), so a tag of several
    /// words stays on one line; null when there is no separator or the parts do not fit so.
    /// </summary>
    private static List<string>? WrapWhole(string text, SKFont font, float maxWidth, int maxLines)
    {
        var joiner = $" {Separator} ";
        if (!text.Contains(joiner, StringComparison.Ordinal)) return null;
        var lines = new List<string>();
        var line = "";
        foreach (var part in text.Split(joiner))
        {
            var candidate = line.Length == 0 ? part : line + joiner + part;
            if (font.MeasureText(candidate) <= maxWidth) { line = candidate; continue; }
            if (line.Length == 0 || font.MeasureText(part) > maxWidth) return null;
            lines.Add(line);
            line = part;
        }
        if (line.Length > 0) lines.Add(line);
        return lines.Count <= maxLines ? lines : null;
    }

    /// <summary>
    /// Breaks at spaces. A lone separator (<c>·</c>, as between the tags) never starts a line: where a line breaks
    /// at it, it is left out.
    /// </summary>
    private static List<string>? Wrap(string text, SKFont font, float maxWidth, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        var separated = false;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == Separator && line.Length > 0) { separated = true; continue; }
            var candidate = line.Length == 0 ? word : line + (separated ? $" {Separator} " : " ") + word;
            separated = false;
            if (font.MeasureText(candidate) <= maxWidth) { line = candidate; continue; }
            if (line.Length == 0 || font.MeasureText(word) > maxWidth) return null;
            lines.Add(line);
            line = word;
        }
        if (line.Length > 0) lines.Add(line);
        return lines.Count <= maxLines ? lines : null;
    }

    private static List<string> CutToFit(string text, SKFont font, float maxWidth, int maxLines)
    {
        var lines = new List<string>();
        var rest = text;
        while (rest.Length > 0 && lines.Count < maxLines)
        {
            var last = lines.Count == maxLines - 1;
            var take = rest.Length;
            while (take > 1 && font.MeasureText(rest[..take] + (last && take < rest.Length ? "…" : "")) > maxWidth) take--;
            if (take > 1 && char.IsLowSurrogate(rest[take - 1]) is false && char.IsHighSurrogate(rest[take - 1])) take--;
            lines.Add(rest[..take] + (last && take < rest.Length ? "…" : ""));
            rest = rest[take..].TrimStart();
        }
        return lines;
    }
}

/// <summary>Text broken into lines at a font size that fits.</summary>
public sealed record FittedText(IReadOnlyList<string> Lines, float Size);
