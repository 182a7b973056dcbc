namespace Publisher.Pdf.Digest;

/// <summary>The digest's fixed words in the site's language (German or English), for the template.</summary>
public sealed record DigestLabels(string WeekLabel, string Contents, string Topics, string Articles, string Article,
    string Notes, string Untagged, string Page, string Of)
{
    public static DigestLabels For(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase)
        ? new("Week", "Contents", "Topics this week", "articles", "article", "Links", "More articles", "page", "of")
        : new("Woche", "Inhalt", "Themen der Woche", "Artikel", "Artikel", "Links", "Weitere Artikel", "page", "of");
}
