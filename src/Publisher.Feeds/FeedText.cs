using System.Buffers;
using System.Text.RegularExpressions;
using Publisher.Core.Parsing;

namespace Publisher.Feeds;

/// <summary>
/// Text as feeds may carry it: characters XML 1.0 forbids (and C1 controls, lone surrogates) removed, line
/// breaks as LF. Escaping stays with the writers; this only guarantees the writers never meet an illegal character.
/// </summary>
internal static partial class FeedText
{
    public static string Clean(string text) => TextCleaning.RemoveControlCharacters(text.Replace("\r\n", "\n", StringComparison.Ordinal));

    /// <summary>
    /// <c>Clean(text).Trim()</c> as one new string: text without anything to clean (the usual case) is only
    /// trimmed, without the intermediate copies.
    /// </summary>
    public static string CleanTrimmed(ReadOnlySpan<char> text) =>
        IsUnclean(text) ? Clean(new string(text)).Trim() : new string(text.Trim());

    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text).Trim() is { Length: > 0 } cleaned ? cleaned : null;

    /// <summary>A BCP 47-shaped language tag (<c>de</c>, <c>en-GB</c>), else <paramref name="fallback"/>, else <c>und</c>.</summary>
    public static string Language(string? language, string? fallback = null)
    {
        if (language is not null && LanguageTag().IsMatch(language)) return language;
        if (fallback is not null && LanguageTag().IsMatch(fallback)) return fallback;
        return "und";
    }

    /// <summary>
    /// Whether <see cref="Clean"/> changes anything: CR and the characters <see cref="TextCleaning.RemoveControlCharacters"/>
    /// removes (pairs of surrogates, which it keeps, too: rare, and then the slow path). One vectorised scan for the ASCII
    /// ones and a range scan for each non-ASCII run: a single set of all of them would probe every umlaut one by one.
    /// </summary>
    internal static bool IsUnclean(ReadOnlySpan<char> text) =>
        text.ContainsAny(AsciiUnclean) || text.ContainsAny(C1Controls) || text.ContainsAny(Surrogates) || text.ContainsAny(ByteOrderMarkAndNonCharacters);

    /// <summary>The ASCII characters <see cref="IsUnclean"/> looks for: C0 controls but tab and LF (so CR too), and DEL.</summary>
    private static readonly SearchValues<char> AsciiUnclean = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Select(c => (char)c)) + "\u007F");

    private static readonly SearchValues<char> C1Controls = CharRanges.Set('\u0080', '\u009F');
    private static readonly SearchValues<char> Surrogates = CharRanges.Set('\uD800', '\uDFFF');
    private static readonly SearchValues<char> ByteOrderMarkAndNonCharacters = SearchValues.Create("\uFEFF\uFFFE\uFFFF");

    [GeneratedRegex(@"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*\z")]
    private static partial Regex LanguageTag();
}
