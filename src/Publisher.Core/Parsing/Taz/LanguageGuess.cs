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

    /// <summary>The stop words made only of ASCII letters, keyed by <see cref="AsciiKey"/>.</summary>
    private static readonly AsciiStopWordTable AsciiStopWords = new(StopWords
        .Where(w => w.Key.All(char.IsAsciiLetterLower))
        .Select(w => KeyValuePair.Create(AsciiKey(w.Key), w.Value))
        .ToList());

    public static string Of(IEnumerable<string> texts)
    {
        var tally = default(Tally);
        foreach (var text in texts)
        {
            tally.Add(text);
        }

        return tally.Language;
    }

    /// <summary>Stop words counted text by text (a word never runs from one text into the next); <see cref="Language"/> is the guess so far.</summary>
    internal struct Tally
    {
        private int german;
        private int english;

        public readonly string Language => english > german ? "en" : "de";

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(ReadOnlySpan<char> text)
        {
            // Read once into a local: a static field read in a method compiled ahead of its class's initialisation goes through a helper each time.
            var asciiStopWords = AsciiStopWords;
            Span<char> lower = stackalloc char[LongestStopWord];
            var classes = Latin1Classes;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c < 256 ? classes[c] == NotWord : !IsNonAsciiWordChar(c))
                {
                    i++;
                    continue;
                }

                // A word of ASCII letters is looked up by a number packed from its lower-case letters;
                // any other word (digits, non-ASCII letters) the slow way, lower-cased as a string would be.
                var start = i;
                ulong key = 0;
                var asciiLetters = true;
                do
                {
                    c = text[i];
                    if (c < 256)
                    {
                        var kind = classes[c];
                        if (kind == NotWord)
                        {
                            break;
                        }

                        asciiLetters &= kind == Letter;
                    }
                    else if (IsNonAsciiWordChar(c))
                    {
                        asciiLetters = false;
                    }
                    else
                    {
                        break;
                    }

                    key = (key << 8) | (uint)(c | 0x20);
                    i++;
                }
                while (i < text.Length);

                var length = i - start;
                if (length is < 2 or > LongestStopWord)
                {
                    continue;
                }

                int side;
                if (asciiLetters)
                {
                    side = asciiStopWords.SideOf(key);
                    if (side == 0)
                    {
                        continue;
                    }
                }
                else
                {
                    LowerInvariant(text.Slice(start, length), lower);
                    if (!Lookup.TryGetValue(lower[..length], out side))
                    {
                        continue;
                    }
                }

                german += side == German ? 1 : 0;
                english += side == English ? 1 : 0;
            }
        }
    }

    /// <summary>
    /// <see cref="MemoryExtensions.ToLowerInvariant"/>, with Latin-1 (German umlauts, ß) mapped here: À–Þ but ×
    /// lower-case 32 code points up, every other Latin-1 character is its own lower case. Words with other
    /// characters go to the runtime's case mapping.
    /// </summary>
    private static void LowerInvariant(ReadOnlySpan<char> word, Span<char> lower)
    {
        if (!IsLatin1(word))
        {
            word.ToLowerInvariant(lower);
            return;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            lower[i] = c is (>= 'A' and <= 'Z') or (>= '\u00C0' and <= '\u00DE' and not '\u00D7') ? (char)(c + 32) : c;
        }
    }

    /// <summary>A loop over the few characters of a word (MemoryExtensions.ContainsAnyExceptInRange boxes its bounds in this precompiled build).</summary>
    private static bool IsLatin1(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c > '\u00FF')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>At most 8 ASCII letters, lower-cased, one byte each.</summary>
    private static ulong AsciiKey(string word)
    {
        ulong key = 0;
        foreach (var c in word)
        {
            key = (key << 8) | (uint)(c | 0x20);
        }

        return key;
    }

    private static FrozenDictionary<string, int> Build(string[] german, string[] english) =>
        german.Select(w => KeyValuePair.Create(w, German))
            .Concat(english.Select(w => KeyValuePair.Create(w, English)))
            .ToFrozenDictionary(StringComparer.Ordinal);

    private const byte NotWord = 0;
    private const byte OtherWord = 1;
    private const byte Letter = 2;

    /// <summary>
    /// Regex <c>\w</c> over Latin-1 (German text's umlauts and ß included), one look-up a character: <see cref="Letter"/>
    /// for an ASCII letter, <see cref="OtherWord"/> for any other word character, else <see cref="NotWord"/>.
    /// </summary>
    private static readonly byte[] Latin1Classes = [.. Enumerable.Range(0, 256).Select(code => (char)code).Select(c =>
        char.IsAsciiLetter(c) ? Letter : char.IsAsciiDigit(c) || c == '_' || (c >= 128 && IsNonAsciiWordChar(c)) ? OtherWord : NotWord)];

    /// <summary>Regex <c>\w</c> above ASCII: letters, marks, digits, connector punctuation.</summary>
    private static bool IsNonAsciiWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or
            UnicodeCategory.EnclosingMark or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.LetterNumber;
}
