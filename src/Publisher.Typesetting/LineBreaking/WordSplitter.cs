using Publisher.Typesetting.Hyphenation;

namespace Publisher.Typesetting.LineBreaking;

/// <summary>Where inside one word (spaces excluded) a line may break, and whether a hyphen is set there.</summary>
internal readonly record struct BreakOpportunity(int Offset, bool AddsHyphen, double Penalty);

internal static class WordSplitter
{
    public const double HyphenPenalty = 50;
    public const double ExplicitHyphenPenalty = 50;

    public const double UrlBreakPenalty = 100;
    public const double EmergencyPenalty = Item.Emergency;

    /// <summary>
    /// A last-resort break at the edge of superscript or subscript text (<see cref="RaisedText.KeepTogether"/>): the
    /// breaker weighs it as nine breaks between letters, so it is taken only where nothing else lets the lines fit.
    /// </summary>
    public const double RaisedEdgePenalty = 9 * Item.Emergency;

    private const char SoftHyphen = '\u00AD';

    private const char ZeroWidthSpace = '\u200B';

    /// <summary>
    /// Finds break opportunities in <paramref name="word"/>: Liang hyphenation points in each run
    /// of letters (unless the word has hyphens of its own), after an explicit hyphen or dash between letters,
    /// after separators of long URLs, and after a zero-width space, which marks where a line may break (UAX #14).
    /// Soft hyphens must already be removed (their offsets come in <paramref name="softHyphens"/>).
    /// </summary>
    public static List<BreakOpportunity> Find(string word, IHyphenator? hyphenator, IReadOnlyList<int> softHyphens)
    {
        var result = new List<BreakOpportunity>();
        Find(word, hyphenator, softHyphens, result);
        return result;
    }

    /// <summary>As <see cref="Find(string, IHyphenator?, IReadOnlyList{int})"/>, into <paramref name="result"/> (cleared first).</summary>
    public static void Find(ReadOnlySpan<char> word, IHyphenator? hyphenator, IReadOnlyList<int> softHyphens, List<BreakOpportunity> result)
    {
        result.Clear();
        foreach (var offset in softHyphens)
        {
            if (offset > 0 && offset < word.Length) result.Add(new(offset, true, HyphenPenalty));
        }
        var looksLikeUrl = IsAddress(word);
        var hasHyphens = false;
        for (var i = 1; i < word.Length - 1; i++)
        {
            var c = word[i];
            if ((c is '-' or '\u2013' or '\u2010') && char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1]))
            {
                result.Add(new(i + 1, false, ExplicitHyphenPenalty));
                hasHyphens = true;
            }
            else if (c == ZeroWidthSpace)
                result.Add(new(i + 1, false, 0));
            else if (looksLikeUrl && c is '/' or '.' or '?' or '&' or '=' or '_' or '-' or '@' && word[i + 1] != '/' && !IsJoiner(word[i + 1]))
                result.Add(new(i + 1, false, UrlBreakPenalty));
        }
        // A word with hyphens of its own breaks only there, as TeX and German typesetting have it (Karl-Marx-Straße,
        // never Karl-Ma-rx-Straße); a part too wide for the line still breaks between letters, as any word does.
        if (hyphenator is not null && softHyphens.Count == 0 && !looksLikeUrl && !hasHyphens)
        {
            var start = -1;
            for (var i = 0; i <= word.Length; i++)
            {
                var isLetter = i < word.Length && char.IsLetter(word[i]);
                if (isLetter && start < 0) start = i;
                else if (!isLetter && start >= 0)
                {
                    var points = hyphenator.Hyphenate(word[start..i]);
                    for (var p = 0; p < points.Count; p++) result.Add(new(start + points[p], true, HyphenPenalty));
                    start = -1;
                }
            }
        }
        result.Sort((a, b) => a.Offset.CompareTo(b.Offset));
    }

    /// <summary>
    /// A web or mail address, which is never hyphenated (a hyphen would change it: <c>someone@exam-ple.com</c>) and
    /// may break after its separators: anything with <c>://</c>, <c>www.</c> or <c>mailto:</c> at its start, an
    /// <c>@</c> with a dot after it, or a long word with a slash.
    /// </summary>
    private static bool IsAddress(ReadOnlySpan<char> word)
    {
        if (word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            return true;
        var at = word.IndexOf('@');
        return (at > 0 && word[(at + 1)..].Contains('.')) || (word.Length > 15 && word.Contains('/'));
    }

    /// <summary>
    /// Break opportunities between every character (but beside a word joiner): for words wider than the measure. Each
    /// costs a little more the earlier it stands, so the lines a word is split over are filled from the first: with one
    /// price for all, a ragged cell took <c>S</c> / <c>erverCertificateCust</c> / <c>omValidationCallback</c> as readily as
    /// the other way round, since a line without glue is as bad underfull at the top as at the bottom. The step is one
    /// per character up to <see cref="EverywhereSpread"/> characters and smaller in a longer word, so that no price
    /// reaches <see cref="Item.Infinity"/>, which forbids a break: a word of 9,000 letters had no break left, and no lines.
    /// </summary>
    public static List<BreakOpportunity> Everywhere(string word)
    {
        var result = new List<BreakOpportunity>(word.Length);
        var step = Math.Min(1.0, EverywhereSpread / word.Length);
        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsLowSurrogate(word[i]) && !IsJoiner(word[i]) && !IsJoiner(word[i - 1]))
                result.Add(new(i, false, EmergencyPenalty + (word.Length - i) * step));
        }
        return result;
    }

    /// <summary>How far above <see cref="EmergencyPenalty"/> the first break of a long word may cost.</summary>
    private const double EverywhereSpread = Item.Emergency;

    /// <summary>
    /// U+2060 WORD JOINER or U+FEFF, its older spelling: no line break on either side (UAX #14). A word holds it like a
    /// letter, so only the breaks that need no letters around them have to step aside; Liang's points stand inside runs
    /// of letters, never at it.
    /// </summary>
    private static bool IsJoiner(char c) => c is '\u2060' or '\uFEFF';

    public static (string Text, List<int> SoftHyphens) RemoveSoftHyphens(string word)
    {
        if (!word.Contains(SoftHyphen)) return (word, []);
        var offsets = new List<int>();
        var builder = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c == SoftHyphen) offsets.Add(builder.Length);
            else builder.Append(c);
        }
        return (builder.ToString(), offsets);
    }
}
