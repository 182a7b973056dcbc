using System.Buffers;
using System.Text;

namespace Publisher.Typesetting.Fonts;

/// <summary>
/// Unicode's default-ignorable code points (Default_Ignorable_Code_Point in DerivedCoreProperties.txt): marks, joiners,
/// fillers and selectors that are written but never seen (U+200E LEFT-TO-RIGHT MARK, U+200C ZERO WIDTH NON-JOINER,
/// U+2060 WORD JOINER, variation selectors, tags). Fonts such as Noto give some of them visible glyphs, so they are
/// measured as nothing (<see cref="FontMetrics"/>) and drawn as nothing (the canvas), but stay in the text, where line
/// breaking and shaping read them. The soft hyphen is left out: the line breaker makes it a hyphenation point.
/// </summary>
internal static class DefaultIgnorable
{
    /// <summary>The ones in the Basic Multilingual Plane, the soft hyphen excepted, for searching a string at once.</summary>
    private static readonly SearchValues<char> BmpCharacters = SearchValues.Create(
        [.. Enumerable.Range(0x20, 0xFFFF - 0x20).Where(c => !char.IsSurrogate((char)c) && Contains(c)).Select(c => (char)c)]);

    public static bool Contains(int codePoint) => codePoint switch
    {
        0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or (>= 0x180B and <= 0x180F) => true,
        (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x206F) or 0x3164 => true,
        (>= 0xFE00 and <= 0xFE0F) or 0xFEFF or 0xFFA0 or (>= 0xFFF0 and <= 0xFFF8) => true,
        (>= 0x1BCA0 and <= 0x1BCA3) or (>= 0x1D173 and <= 0x1D17A) or (>= 0xE0000 and <= 0xE0FFF) => true,
        _ => false,
    };

    /// <summary>Whether <paramref name="text"/> has one in the Basic Multilingual Plane (those beyond come as surrogate pairs).</summary>
    public static bool AnyIn(ReadOnlySpan<char> text) => text.ContainsAny(BmpCharacters);

    /// <summary><paramref name="text"/> without them, in both planes; the same string when it has none.</summary>
    public static string Remove(string text)
    {
        var builder = new StringBuilder(text.Length);
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            Rune.DecodeFromUtf16(rest, out var rune, out var length); // a lone surrogate is kept as it is
            if (!Contains(rune.Value)) builder.Append(rest[..length]);
            rest = rest[length..];
        }
        return builder.Length == text.Length ? text : builder.ToString();
    }
}
