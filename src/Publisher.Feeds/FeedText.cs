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
        text.ContainsAny(Unclean) ? Clean(new string(text)).Trim() : new string(text.Trim());

    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text).Trim() is { Length: > 0 } cleaned ? cleaned : null;

    /// <summary>A BCP 47-shaped language tag (<c>de</c>, <c>en-GB</c>), else <paramref name="fallback"/>, else <c>und</c>.</summary>
    public static string Language(string? language, string? fallback = null)
    {
        if (language is not null && LanguageTag().IsMatch(language)) return language;
        if (fallback is not null && LanguageTag().IsMatch(fallback)) return fallback;
        return "und";
    }

    /// <summary>Everything <see cref="Clean"/> changes: CR and the characters <see cref="TextCleaning.RemoveControlCharacters"/> removes (pairs of surrogates, which it keeps, too: rare, and then the slow path).</summary>
    private static readonly SearchValues<char> Unclean = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x9F - 0x7F + 1).Select(c => (char)c))
        + "\uFEFF\uFFFE\uFFFF" + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    [GeneratedRegex(@"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*\z")]
    private static partial Regex LanguageTag();
}
