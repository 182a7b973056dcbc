using Publisher.Core.Model;

namespace Publisher.Pdf.Digest;

/// <summary>The digest's fixed words in the site's language (German for a German site, else English: <see cref="LanguageTag.WordsAreGerman"/>), for the template.</summary>
public sealed record DigestLabels(string WeekLabel, string Contents, string Topics, string Articles, string Article,
    string Notes, string Untagged, string Page, string Of)
{
    public static DigestLabels For(string language) => LanguageTag.WordsAreGerman(language)
        ? new("Woche", "Inhalt", "Themen der Woche", "Artikel", "Artikel", "Links", "Weitere Artikel", "Seite", "von")
        : new("Week", "Contents", "Topics this week", "articles", "article", "Links", "More articles", "page", "of");
}
