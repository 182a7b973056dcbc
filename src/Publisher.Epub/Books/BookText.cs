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

    /// <summary>Whether <paramref name="kicker"/> only says <paramref name="title"/> again (case and surrounding spaces aside).</summary>
    public static bool Repeats(string? kicker, string title) =>
        kicker is not null && kicker.AsSpan().Trim().Equals(title.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>An article's headline as navigation shows it: never empty.</summary>
    public static string Headline(Article article) =>
        Visible(article.Headline, Visible(article.Title, article.Id.ToString()));

    /// <summary>
    /// A book's primary language: the language more than half of its articles are in, as the most of those tag it (an
    /// all-English tag book of a German site is an English book: readers choose hyphenation, dictionary and voice by
    /// it), else the site's.
    /// </summary>
    public static string Language(Site site, IReadOnlyCollection<Article> articles)
    {
        var siteLanguage = LanguageTag.OrFallback(site.Language, "en");
        // Counted by the tag as written first (a book's articles use a few), then by language.
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles) written[article.Language ?? ""] = written.GetValueOrDefault(article.Language ?? "") + 1;
        var tags = written.Select(w => (Tag: LanguageTag.OrFallback(w.Key, siteLanguage), w.Value)).ToList();
        var most = tags.GroupBy(t => LanguageTag.Primary(t.Tag)).MaxBy(g => g.Sum(t => t.Value));
        if (most is null || most.Sum(t => t.Value) * 2 <= articles.Count) return siteLanguage;
        return most.GroupBy(t => t.Tag, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Sum(t => t.Value)).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
    }

    public static DateTimeOffset Newest(IEnumerable<Article> articles, TimeZoneInfo zone) =>
        articles.Select(a => a.Published.ToInstant(zone).ToUniversalTime()).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
}
