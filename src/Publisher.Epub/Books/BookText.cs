using System.Text;
using Publisher.Core.Model;

namespace Publisher.Epub.Books;

/// <summary>Helpers for text a book shows in titles and navigation, where an empty label would be invalid.</summary>
public static class BookText
{
    /// <summary>The text without characters XML forbids and with runs of white space collapsed; <paramref name="fallback"/> when nothing is left.</summary>
    public static string Visible(string? text, string fallback)
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        if (IsVisible(text)) return text; // most headlines, kickers and teasers: no builder, no copy
        var builder = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                space = false;
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c)) space = true;
            else if (!char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                space = false;
                builder.Append(c);
            }
        }
        return builder.Length == 0 ? fallback : builder.ToString();
    }

    /// <summary>
    /// Whether <see cref="Visible"/> keeps <paramref name="text"/> as it is: single spaces between other characters,
    /// nothing it drops or collapses (other white space, control characters, unpaired surrogates, U+FFFE, U+FFFF).
    /// </summary>
    private static bool IsVisible(string text)
    {
        var afterSpace = true; // a space at the start is dropped
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                if (afterSpace) return false;
                afterSpace = true;
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') return false;
            afterSpace = false;
        }
        return !afterSpace; // a space at the end is dropped
    }

    /// <summary>An article's headline as navigation shows it: never empty.</summary>
    public static string Headline(Article article) =>
        Visible(article.Headline, Visible(article.Title, article.Id.ToString()));

    /// <summary>
    /// A book's primary language: the one more than half of its articles are in (an all-English tag book of a German site
    /// is an English book: readers choose hyphenation, dictionary and voice by it), else the site's (see
    /// <see cref="LanguageTag.Prevailing"/>).
    /// </summary>
    public static string Language(Site site, IReadOnlyCollection<Article> articles) =>
        LanguageTag.Prevailing(articles.Select(a => a.Language), LanguageTag.OrFallback(site.Language, "en"));

    public static DateTimeOffset Newest(IEnumerable<Article> articles, TimeZoneInfo zone) =>
        articles.Select(a => a.LastModified(zone).ToUniversalTime()).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
}
