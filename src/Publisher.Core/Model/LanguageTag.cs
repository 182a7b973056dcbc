using System.Text.RegularExpressions;

namespace Publisher.Core.Model;

/// <summary>
/// Language tags as BCP 47 writes them (<c>de</c>, <c>en-GB</c>, <c>sr-Latn-RS</c>): a two- or three-letter language,
/// then subtags of up to eight letters or digits. Anything else (<c>english</c>, <c>de_DE</c>) is not a tag.
/// </summary>
public static partial class LanguageTag
{
    public static bool IsWellFormed(string? tag) => tag is not null && WellFormed().IsMatch(tag);

    public static string OrFallback(string? tag, string fallback) => IsWellFormed(tag) ? tag! : fallback;

    /// <summary>The language subtag, lower case: <c>de</c> for <c>de-AT</c>.</summary>
    public static string Primary(string tag)
    {
        var end = tag.IndexOf('-');
        return (end < 0 ? tag : tag[..end]).ToLowerInvariant();
    }

    /// <summary>
    /// Whether the words the outputs write around an article in this language (labels, bylines, photo credits) are
    /// German; in every other language they are English, the more widely read of the two the outputs know.
    /// </summary>
    public static bool WordsAreGerman(string tag) => Primary(tag) == "de";

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex WellFormed();
}
