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

    /// <summary>
    /// The language of a group of articles (a book, a feed): the one more than half of them are in, as most of those tag
    /// it; else <paramref name="fallback"/> (the site's). An article without a well-formed language is in the fallback.
    /// </summary>
    public static string Prevailing(IEnumerable<string?> languages, string fallback)
    {
        // Counted by the tag as written first (a group's articles use a few), then by language.
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var language in languages)
        {
            written[language ?? ""] = written.GetValueOrDefault(language ?? "") + 1;
            total++;
        }
        var tags = written.Select(w => (Tag: OrFallback(w.Key, fallback), Count: w.Value)).ToList();
        var most = tags.GroupBy(t => Primary(t.Tag)).MaxBy(g => g.Sum(t => t.Count));
        if (most is null || most.Sum(t => t.Count) * 2 <= total) return fallback;
        return most.GroupBy(t => t.Tag, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Sum(t => t.Count)).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>The language subtag, lower case: <c>de</c> for <c>de-AT</c>.</summary>
    public static string Primary(string tag)
    {
        var end = tag.IndexOf('-');
        return (end < 0 ? tag : tag[..end]).ToLowerInvariant();
    }

    /// <summary>
    /// Which way text in this language runs, as HTML's <c>dir</c> says it: <c>rtl</c> for a language written right to left
    /// (Arabic, Hebrew, Persian, Urdu, Yiddish, …) or a tag whose script subtag is such a script (<c>az-Arab</c>),
    /// else <c>ltr</c> (also for <c>ku-Latn</c>: a script subtag decides over the language's usual script).
    /// </summary>
    /// <remarks>Without allocating: the EPUB chapter template asks for every chapter of every book.</remarks>
    public static string Direction(string tag)
    {
        var span = tag.AsSpan();
        var subtags = span.Split('-');
        subtags.MoveNext();
        var language = span[subtags.Current];
        foreach (var range in subtags)
        {
            var subtag = span[range];
            if (subtag.Length != 4 || !char.IsAsciiLetter(subtag[0])) continue; // a script subtag is four letters
            return RightToLeftScripts.Contains(subtag) ? Rtl : Ltr;
        }
        return RightToLeftLanguages.Contains(language) ? Rtl : Ltr;
    }

    public const string Ltr = "ltr";

    public const string Rtl = "rtl";

    /// <summary>Languages whose usual script runs right to left (CLDR's character order of their default script).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RightToLeftLanguages = new HashSet<string>(
        ["ar", "arc", "azb", "bal", "ckb", "dv", "fa", "glk", "he", "iw", "ji", "ks", "lrc", "mzn", "nqo", "pnb", "prs", "ps", "sd", "sdh", "syr", "ug", "ur", "yi"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>ISO 15924 scripts written right to left (Unicode's bidirectional class R or AL for their letters).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RightToLeftScripts = new HashSet<string>(
        ["Adlm", "Arab", "Aran", "Armi", "Avst", "Chrs", "Elym", "Hatr", "Hebr", "Khar", "Lydi", "Mand", "Mani", "Mend", "Narb", "Nbat", "Nkoo", "Orkh", "Palm", "Phli", "Phlp", "Phnx", "Prti", "Rohg", "Samr", "Sarb", "Sogd", "Sogo", "Syrc", "Thaa", "Yezi"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex WellFormed();
}
