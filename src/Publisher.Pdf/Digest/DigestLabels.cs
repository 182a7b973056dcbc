using Publisher.Core.Model;

namespace Publisher.Pdf.Digest;

/// <summary>
/// The digest's fixed words in a language (German for German, else English: <see cref="LanguageTag.WordsAreGerman"/>),
/// for the template: the digest's own in the site's language, an article's (<see cref="Related"/>) in the article's.
/// </summary>
public sealed record DigestLabels(string WeekLabel, string Contents, string Topics, string Articles, string Article,
    string Notes, string Untagged, string Page, string Of, string Related)
{
    private static readonly DigestLabels German =
        new("Woche", "Inhalt", "Themen der Woche", "Artikel", "Artikel", "Links", "Weitere Artikel", "Seite", "von", "Mehr zum Thema");

    private static readonly DigestLabels English =
        new("Week", "Contents", "Topics this week", "articles", "article", "Links", "More articles", "page", "of", "Related");

    public static DigestLabels For(string language) => LanguageTag.WordsAreGerman(language) ? German : English;
}
