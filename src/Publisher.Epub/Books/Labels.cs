using System.Globalization;
using Publisher.Core.Model;

namespace Publisher.Epub.Books;

/// <summary>
/// The words a book prints around the articles, in German or English: the book's pages use the book's language's,
/// a chapter uses its article's (an English article in a German book says "Previous", not "Zurück").
/// </summary>
/// <param name="Pager">What the previous/contents/next links of a chapter are called for screen readers.</param>
public sealed record Labels(
    string Contents, string Cover, string Previous, string Next, string Pager, string Untagged, string Related,
    string WeekWord, string AccessibilitySummary)
{
    public static readonly Labels German = new(
        "Inhalt", "Titelseite", "Zurück", "Weiter", "Blättern", "Weitere Artikel", "Mehr zum Thema", "Woche",
        "Artikel als Text mit Überschriften, Inhaltsverzeichnis und Navigation nach Rubrik und Artikel; " +
        "das Titelbild zeigt nur, was auch als Text dasteht. Keine Gefahren für Anfallsleiden.");

    public static readonly Labels English = new(
        "Contents", "Cover", "Previous", "Next", "Page through", "More articles", "Related", "Week",
        "Articles as text with headings, a table of contents and navigation by section and article; " +
        "the cover image shows only what the text also says. No hazards.");

    /// <summary>German for German, English for every other language (see <see cref="LanguageTag.WordsAreGerman"/>).</summary>
    public static Labels For(string language) => LanguageTag.WordsAreGerman(language) ? German : English;

    /// <summary><c>Woche 46/2026</c>, <c>Week 46/2026</c>.</summary>
    public string Week(IsoWeek week) => string.Create(CultureInfo.InvariantCulture, $"{WeekWord} {week.Week}/{week.Year}");
}
