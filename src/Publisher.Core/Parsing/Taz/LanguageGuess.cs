namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §13 with clarification 2: German vs English stop words over the body paragraphs and subheads,
/// words are runs of word characters compared in lower case; a tie gives <c>de</c>.
/// </summary>
public static class LanguageGuess
{
    private static readonly HashSet<string> German =
    [
        "der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "sich", "des", "auf", "für",
        "ein", "eine", "dem", "im", "es", "sie", "auch", "wie", "bei", "aus", "nach", "wird", "werden",
        "hat", "sind",
    ];

    private static readonly HashSet<string> English =
    [
        "the", "and", "of", "to", "is", "in", "that", "it", "for", "was", "on", "are", "with", "as", "by",
        "this", "be", "at", "not", "from", "have", "has", "they", "we", "their",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GermanLookup = German.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup = English.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Of(IEnumerable<string> texts)
    {
        var german = 0;
        var english = 0;
        Span<char> lower = stackalloc char[8];
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

                var word = text.AsSpan(start, i - start);
                if (word.Length > lower.Length)
                {
                    continue;
                }

                var length = word.ToLowerInvariant(lower);
                var key = lower[..length];
                german += GermanLookup.Contains(key) ? 1 : 0;
                english += EnglishLookup.Contains(key) ? 1 : 0;
            }
        }

        return english > german ? "en" : "de";
    }

    /// <summary>Regex <c>\w</c>: letters, marks, digits, connector punctuation.</summary>
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.NonSpacingMark or
            System.Globalization.UnicodeCategory.SpacingCombiningMark or
            System.Globalization.UnicodeCategory.EnclosingMark or
            System.Globalization.UnicodeCategory.ConnectorPunctuation or
            System.Globalization.UnicodeCategory.LetterNumber;
}
