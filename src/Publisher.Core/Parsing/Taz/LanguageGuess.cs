using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §13 with clarification 2: German vs English stop words over the body paragraphs and subheads,
/// words are runs of word characters compared in lower case; a tie gives <c>de</c>.
/// </summary>
public static class LanguageGuess
{
    private const int German = 1;
    private const int English = -1;
    private const int LongestStopWord = 6;

    private static readonly FrozenDictionary<string, int> StopWords = Build(
        ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "sich", "des", "auf", "für",
         "ein", "eine", "dem", "im", "es", "sie", "auch", "wie", "bei", "aus", "nach", "wird", "werden",
         "hat", "sind"],
        ["the", "and", "of", "to", "is", "in", "that", "it", "for", "was", "on", "are", "with", "as", "by",
         "this", "be", "at", "not", "from", "have", "has", "they", "we", "their"]);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Of(IEnumerable<string> texts)
    {
        var german = 0;
        var english = 0;
        Span<char> lower = stackalloc char[LongestStopWord];
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

                var length = i - start;
                if (length is < 2 or > LongestStopWord)
                {
                    continue;
                }

                text.AsSpan(start, length).ToLowerInvariant(lower);
                if (Lookup.TryGetValue(lower[..length], out var side))
                {
                    german += side == German ? 1 : 0;
                    english += side == English ? 1 : 0;
                }
            }
        }

        return english > german ? "en" : "de";
    }

    private static FrozenDictionary<string, int> Build(string[] german, string[] english) =>
        german.Select(w => KeyValuePair.Create(w, German))
            .Concat(english.Select(w => KeyValuePair.Create(w, English)))
            .ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Regex <c>\w</c>: letters, marks, digits, connector punctuation.</summary>
    private static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c) || c == '_';
        }

        return char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or
            UnicodeCategory.EnclosingMark or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.LetterNumber;
    }
}
