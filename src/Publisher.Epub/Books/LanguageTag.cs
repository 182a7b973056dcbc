using System.Text.RegularExpressions;

namespace Publisher.Epub.Books;

/// <summary>Keeps language tags that are well-formed BCP 47 (<c>de</c>, <c>en-GB</c>); anything else falls back.</summary>
public static partial class LanguageTag
{
    public static string OrFallback(string? tag, string fallback) =>
        tag is not null && WellFormed().IsMatch(tag) ? tag : fallback;

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex WellFormed();
}
