using System.Text;
using SkiaSharp;

namespace Publisher.Epub.Cover;

/// <summary>
/// The fonts covers are drawn with, shipped inside the assembly (DejaVu Sans: the typesetter's files, embedded here too;
/// see src/Publisher.Typesetting/Fonts/DejaVu/LICENSE.txt), so a cover looks the same on every machine. Whatever family
/// the SVG names, text is drawn in them.
/// </summary>
internal sealed class CoverFonts
{
    public static readonly CoverFonts Instance = new();

    private CoverFonts()
    {
        Regular = Load("DejaVuSans-Regular.ttf");
        Bold = Load("DejaVuSans-Bold.ttf");
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    /// <summary>The characters of <paramref name="text"/> that a cover face has no glyph for (CJK, emoji), each once, in order.</summary>
    public IReadOnlyList<Rune> Missing(string text)
    {
        if (Ascii.IsValid(text)) return [];
        using var regular = new SKFont(Regular);
        using var bold = new SKFont(Bold);
        return [.. text.EnumerateRunes().Where(rune => !Rune.IsWhiteSpace(rune) && (regular.GetGlyph(rune.Value) == 0 || bold.GetGlyph(rune.Value) == 0)).Distinct()];
    }

    /// <summary>
    /// <paramref name="text"/> without the characters a cover face has no glyph for, which would be drawn as empty boxes
    /// (<c>🙂 Emoji</c>: <c>Emoji</c>); the build warns of them (<see cref="MissingCoverGlyphs"/>).
    /// </summary>
    public string WithoutMissing(string text)
    {
        var missing = Missing(text);
        if (missing.Count == 0) return text;
        var kept = string.Concat(text.EnumerateRunes().Where(rune => !missing.Contains(rune)).Select(rune => rune.ToString()));
        return string.Join(' ', kept.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The face for an SVG <c>font-weight</c>: <c>bold</c>, <c>bolder</c> or 600 and more is bold.</summary>
    public SKTypeface ForWeight(string? weight) =>
        weight is "bold" or "bolder" || (int.TryParse(weight, out var number) && number >= 600) ? Bold : Regular;

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(CoverFonts).Assembly.GetManifestResourceStream("Publisher.Epub.Fonts." + file)
            ?? throw new InvalidOperationException($"font {file} is not embedded");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"font {file} does not load");
    }
}
