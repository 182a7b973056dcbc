using System.Buffers;
using System.Globalization;

namespace Publisher.Typesetting.Bidi;

/// <summary>
/// The bidi class of a code point. .NET has no public API for it, so the classes come from a compact table of ranges
/// taken from the Unicode Character Database's <c>extracted/DerivedBidiClass.txt</c> (Unicode 15.1): the right-to-left
/// scripts (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, the presentation forms, the right-to-left blocks
/// of the supplementary planes), the digits, separators and terminators rules W1–W7 look at, and the
/// exceptions inside those blocks. Everything else follows from its general category, as DerivedBidiClass has it for
/// nearly all of them: marks are NSM, format characters BN, spaces WS, currency signs ET, other punctuation and
/// symbols ON, the rest L.
/// </summary>
public static class BidiClasses
{
    // Sorted, not overlapping: looked up by binary search before the general category.
    private static readonly (int First, int Last, BidiClass Class)[] Ranges =
    [
        (0x0000, 0x0008, BidiClass.BN), (0x0009, 0x0009, BidiClass.S), (0x000A, 0x000A, BidiClass.B),
        (0x000B, 0x000B, BidiClass.S), (0x000C, 0x000C, BidiClass.WS), (0x000D, 0x000D, BidiClass.B),
        (0x000E, 0x001B, BidiClass.BN), (0x001C, 0x001E, BidiClass.B), (0x001F, 0x001F, BidiClass.S),
        (0x0020, 0x0020, BidiClass.WS), (0x0023, 0x0025, BidiClass.ET), (0x002B, 0x002B, BidiClass.ES),
        (0x002C, 0x002C, BidiClass.CS), (0x002D, 0x002D, BidiClass.ES), (0x002E, 0x002F, BidiClass.CS),
        (0x0030, 0x0039, BidiClass.EN), (0x003A, 0x003A, BidiClass.CS), (0x007F, 0x0084, BidiClass.BN),
        (0x0085, 0x0085, BidiClass.B), (0x0086, 0x009F, BidiClass.BN), (0x00A0, 0x00A0, BidiClass.CS),
        (0x00B0, 0x00B1, BidiClass.ET), (0x00B2, 0x00B3, BidiClass.EN), (0x00B9, 0x00B9, BidiClass.EN),
        (0x0590, 0x05FF, BidiClass.R), // Hebrew (its points and accents are marks: NSM by category)
        (0x0600, 0x0605, BidiClass.AN), (0x0606, 0x0608, BidiClass.AL), (0x0609, 0x060A, BidiClass.ET),
        (0x060B, 0x060B, BidiClass.AL), (0x060C, 0x060C, BidiClass.CS), (0x060D, 0x065F, BidiClass.AL),
        (0x0660, 0x0669, BidiClass.AN), (0x066A, 0x066A, BidiClass.ET), (0x066B, 0x066C, BidiClass.AN),
        (0x066D, 0x06DC, BidiClass.AL), (0x06DD, 0x06DD, BidiClass.AN), (0x06DE, 0x06DE, BidiClass.ON),
        (0x06DF, 0x06E8, BidiClass.AL), (0x06E9, 0x06E9, BidiClass.ON), (0x06EA, 0x06EF, BidiClass.AL),
        (0x06F0, 0x06F9, BidiClass.EN), // Extended Arabic-Indic (Persian) digits are European numbers
        (0x06FA, 0x07BF, BidiClass.AL), // Arabic, Syriac, Arabic Supplement, Thaana
        (0x07C0, 0x085F, BidiClass.R), // NKo, Samaritan, Mandaic
        (0x0860, 0x088F, BidiClass.AL), (0x0890, 0x0891, BidiClass.AN), (0x0892, 0x08E1, BidiClass.AL),
        (0x08E2, 0x08E2, BidiClass.AN), (0x08E3, 0x08FF, BidiClass.AL),
        (0x2000, 0x200A, BidiClass.WS), (0x200B, 0x200D, BidiClass.BN),
        (0x200E, 0x200E, BidiClass.L), (0x200F, 0x200F, BidiClass.R), // the marks LRM and RLM are strong letters
        (0x2028, 0x2028, BidiClass.WS), (0x2029, 0x2029, BidiClass.B),
        (0x202A, 0x202E, BidiClass.BN), // embeddings and overrides: removed (X9), not honoured
        (0x202F, 0x202F, BidiClass.CS), (0x2030, 0x2034, BidiClass.ET), (0x2044, 0x2044, BidiClass.CS),
        (0x205F, 0x205F, BidiClass.WS), (0x2060, 0x2065, BidiClass.BN),
        (0x2066, 0x2069, BidiClass.BN), // isolates: removed as X9 removes embeddings, not honoured
        (0x206A, 0x206F, BidiClass.BN), (0x2070, 0x2070, BidiClass.EN), (0x2074, 0x2079, BidiClass.EN),
        (0x207A, 0x207B, BidiClass.ES), (0x2080, 0x2089, BidiClass.EN), (0x208A, 0x208B, BidiClass.ES),
        (0x2212, 0x2212, BidiClass.ES), (0x2213, 0x2213, BidiClass.ET), (0x2488, 0x249B, BidiClass.EN),
        (0x3000, 0x3000, BidiClass.WS),
        (0xFB1D, 0xFB28, BidiClass.R), (0xFB29, 0xFB29, BidiClass.ES), (0xFB2A, 0xFB4F, BidiClass.R), // Hebrew presentation forms
        (0xFB50, 0xFD3D, BidiClass.AL), (0xFD3E, 0xFD4F, BidiClass.ON), (0xFD50, 0xFDCE, BidiClass.AL),
        (0xFDCF, 0xFDCF, BidiClass.ON), (0xFDD0, 0xFDEF, BidiClass.BN), (0xFDF0, 0xFDFC, BidiClass.AL),
        (0xFDFD, 0xFDFF, BidiClass.ON), // Arabic presentation forms A
        (0xFE50, 0xFE50, BidiClass.CS), (0xFE52, 0xFE52, BidiClass.CS), (0xFE55, 0xFE55, BidiClass.CS),
        (0xFE5F, 0xFE5F, BidiClass.ET), (0xFE62, 0xFE63, BidiClass.ES), (0xFE69, 0xFE6A, BidiClass.ET),
        (0xFE70, 0xFEFE, BidiClass.AL), (0xFEFF, 0xFEFF, BidiClass.BN), // Arabic presentation forms B
        (0xFF03, 0xFF05, BidiClass.ET), (0xFF0B, 0xFF0B, BidiClass.ES), (0xFF0C, 0xFF0C, BidiClass.CS),
        (0xFF0D, 0xFF0D, BidiClass.ES), (0xFF0E, 0xFF0F, BidiClass.CS), (0xFF10, 0xFF19, BidiClass.EN),
        (0xFF1A, 0xFF1A, BidiClass.CS),
        (0x10800, 0x10CFF, BidiClass.R), (0x10D00, 0x10D2F, BidiClass.AL), (0x10D30, 0x10D39, BidiClass.AN),
        (0x10D3A, 0x10E5F, BidiClass.R), (0x10E60, 0x10E7E, BidiClass.AN), (0x10E7F, 0x10EBF, BidiClass.R),
        (0x10EC0, 0x10EFF, BidiClass.AL), (0x10F00, 0x10F2F, BidiClass.R), (0x10F30, 0x10F6F, BidiClass.AL),
        (0x10F70, 0x10FFF, BidiClass.R),
        (0x1D7CE, 0x1D7FF, BidiClass.EN), (0x1E800, 0x1EC6F, BidiClass.R), (0x1EC70, 0x1ECBF, BidiClass.AL),
        (0x1ECC0, 0x1ECFF, BidiClass.R), (0x1ED00, 0x1ED4F, BidiClass.AL), (0x1ED50, 0x1EDFF, BidiClass.R),
        (0x1EE00, 0x1EEFF, BidiClass.AL), (0x1EF00, 0x1EFFF, BidiClass.R),
    ];

    /// <summary>
    /// The characters of the Basic Multilingual Plane that make text right to left: the letters (R, AL) and the Arabic
    /// numbers (AN), which also run from the right when they stand apart (٢ ١). Text without them in a left-to-right
    /// paragraph resolves to level 0 throughout, and no rule changes it.
    /// </summary>
    private static readonly SearchValues<char> RightToLeft = SearchValues.Create(
        Enumerable.Range(0x0590, 0xFFFF - 0x0590).Where(c => !char.IsSurrogate((char)c) && IsRightToLeft(Of(c)))
            .Select(c => (char)c).ToArray());

    /// <summary>Whether <paramref name="text"/> holds a right-to-left letter or Arabic number, one beyond the BMP too.</summary>
    public static bool HasRightToLeft(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(RightToLeft)) return true;
        var high = text.IndexOfAnyInRange('\uD802', '\uD83B'); // the high surrogates of U+10800–U+1EFFF
        return high >= 0 && HasSupplementaryRightToLeft(text[high..]);
    }

    public static BidiClass Of(int codePoint)
    {
        int low = 0, high = Ranges.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var (first, last, type) = Ranges[middle];
            if (codePoint < first) high = middle - 1;
            else if (codePoint > last) low = middle + 1;
            else return type is BidiClass.R or BidiClass.AL && IsMark(codePoint) ? BidiClass.NSM : type;
        }
        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => BidiClass.NSM,
            UnicodeCategory.Format => BidiClass.BN,
            UnicodeCategory.SpaceSeparator => BidiClass.WS,
            UnicodeCategory.LineSeparator => BidiClass.WS,
            UnicodeCategory.ParagraphSeparator => BidiClass.B,
            UnicodeCategory.CurrencySymbol => BidiClass.ET,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol => BidiClass.ON,
            _ => BidiClass.L,
        };
    }

    private static bool IsRightToLeft(BidiClass type) => type is BidiClass.R or BidiClass.AL or BidiClass.AN;

    /// <summary>The points, vowel signs and accents inside the right-to-left blocks.</summary>
    private static bool IsMark(int codePoint) =>
        CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    private static bool HasSupplementaryRightToLeft(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
            if (rune.Value >= 0x10800 && IsRightToLeft(Of(rune.Value))) return true;
        return false;
    }
}
