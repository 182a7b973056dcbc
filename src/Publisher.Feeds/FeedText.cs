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

    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text).Trim() is { Length: > 0 } cleaned ? cleaned : null;

    /// <summary>A BCP 47-shaped language tag (<c>de</c>, <c>en-GB</c>), else <paramref name="fallback"/>, else <c>und</c>.</summary>
    public static string Language(string? language, string? fallback = null)
    {
        if (language is not null && LanguageTag().IsMatch(language)) return language;
        if (fallback is not null && LanguageTag().IsMatch(fallback)) return fallback;
        return "und";
    }

    [GeneratedRegex(@"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*\z")]
    private static partial Regex LanguageTag();
}
