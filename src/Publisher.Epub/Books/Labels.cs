using System.Globalization;
using Publisher.Core.Model;

namespace Publisher.Epub.Books;

/// <summary>The words a book prints around the articles, in the book's language (German or English).</summary>
public sealed record Labels(
    string Contents, string Cover, string Previous, string Next, string Untagged, string Related,
    string WeekWord, string AccessibilitySummary)
{
    public static readonly Labels German = new(
        "Inhalt", "Titelseite", "Zurück", "Weiter", "Weitere Artikel", "Mehr zum Thema", "Woche",
        "Artikel als Text mit Überschriften, Inhaltsverzeichnis und Navigation nach Rubrik und Artikel; " +
        "das Titelbild wiederholt nur den Titel. Keine Gefahren für Anfallsleiden.");

    public static readonly Labels English = new(
        "Contents", "Cover", "Previous", "Next", "More articles", "Related", "Week",
        "Articles as text with headings, a table of contents and navigation by section and article; " +
        "the cover image repeats the title only. No hazards.");

    public static Labels For(string language) =>
        language.StartsWith("de", StringComparison.OrdinalIgnoreCase) ? German : English;

    /// <summary><c>Woche 46/2026</c>, <c>Week 46/2026</c>.</summary>
    public string Week(IsoWeek week) => string.Create(CultureInfo.InvariantCulture, $"{WeekWord} {week.Week}/{week.Year}");
}
