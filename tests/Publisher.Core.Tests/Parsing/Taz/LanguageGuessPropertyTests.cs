using System.Globalization;
using CsCheck;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Tests.Parsing.Taz;

/// <summary>
/// The language guess takes shortcuts (ASCII words looked up by a packed number); it must count exactly as
/// the plain reading of spec §13 does: every run of word characters, lower-cased invariantly, looked up.
/// </summary>
public sealed class LanguageGuessPropertyTests
{
    private static readonly string[] GermanWords =
        ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "sich", "des", "auf", "für",
         "ein", "eine", "dem", "im", "es", "sie", "auch", "wie", "bei", "aus", "nach", "wird", "werden",
         "hat", "sind"];

    private static readonly string[] EnglishWords =
        ["the", "and", "of", "to", "is", "in", "that", "it", "for", "was", "on", "are", "with", "as", "by",
         "this", "be", "at", "not", "from", "have", "has", "they", "we", "their"];

    /// <summary>Stop words in any case, near misses, and characters whose case mapping is unusual.</summary>
    private static readonly Gen<string> Texts =
        Gen.OneOf(
                Gen.OneOf(GermanWords), Gen.OneOf(EnglishWords),
                Gen.OneOf(GermanWords).Select(w => w.ToUpperInvariant()),
                Gen.OneOf(EnglishWords).Select(w => char.ToUpperInvariant(w[0]) + w[1..]),
                Gen.OneOf(" ", "  ", ", ", ". ", "-", "_", "'", "’", "\u00A0", "[1][", "]", "1", "42", "x"),
                Gen.OneOf("\u212A", "\u0130", "\u0131", "ü", "Ü", "ß", "é", "\u0301", "😀", "\u2160", "FÜR", "fur", "İN", "ın",
                    "À", "Þ", "×", "÷", "ß", "µ", "ÿ", "Ÿ", "Ä", "ä", "Ö", "ö", "FüR", "\u00DFE"))
            .Array[0, 60]
            .Select(string.Concat);

    [Fact]
    public void Counts_as_the_plain_word_by_word_reading()
    {
        Texts.Array[1, 4].Sample(texts => Assert.Equal(Reference(texts), LanguageGuess.Of(texts)), iter: 20000);
    }

    private static string Reference(IEnumerable<string> texts)
    {
        var german = 0;
        var english = 0;
        foreach (var text in texts)
        {
            var i = 0;
            while (i < text.Length)
            {
                if (!IsWordChar(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }

                var word = text[start..i].ToLowerInvariant();
                german += GermanWords.Contains(word) ? 1 : 0;
                english += EnglishWords.Contains(word) ? 1 : 0;
            }
        }

        return english > german ? "en" : "de";
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or
            UnicodeCategory.EnclosingMark or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.LetterNumber;
}
