using System.Globalization;
using Publisher.Core.Model;

namespace Publisher.Epub.Books;

/// <summary>
/// The words a book prints around the articles, in German or English: the book's pages and the pager between its
/// chapters use the book's language's; what belongs to an article (its related articles) uses the article's.
/// </summary>
/// <param name="Pager">What the previous/contents/next links of a chapter are called for screen readers.</param>
/// <param name="Online">What the link to an article's web page at its end says.</param>
/// <param name="ArticleWord">How one article is counted: <c>1 Artikel</c>, <c>1 article</c>.</param>
/// <param name="ArticlesWord">How more articles are counted: <c>7 Artikel</c>, <c>7 articles</c>.</param>
public sealed record Labels(
    string Contents, string Cover, string Previous, string Next, string Pager, string Untagged, string Related, string Online,
    string WeekWord, string ArticleWord, string ArticlesWord, string AccessibilitySummary)
{
    public static readonly Labels German = new(
        "Inhalt", "Titelseite", "Zurück", "Weiter", "Blättern", "Weitere Artikel", "Mehr zum Thema", "Artikel auf der Website", "Woche", "Artikel", "Artikel",
        "Artikel als Text mit Überschriften, Inhaltsverzeichnis und Navigation nach Rubrik und Artikel; " +
        "das Titelbild zeigt nur, was auch als Text dasteht. Keine Gefahren für Anfallsleiden.");

    public static readonly Labels English = new(
        "Contents", "Cover", "Previous", "Next", "Page navigation", "More articles", "Related", "Read on the site", "Week", "article", "articles",
        "Articles as text with headings, a table of contents and navigation by section and article; " +
        "the cover image shows only what the text also says. No hazards.");

    /// <summary>German for German, English for every other language (see <see cref="LanguageTag.WordsAreGerman"/>).</summary>
    public static Labels For(string language) => LanguageTag.WordsAreGerman(language) ? German : English;

    /// <summary><c>7 Artikel</c>, <c>1 article</c>, <c>7 articles</c>.</summary>
    public string Articles(int count) => string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? ArticleWord : ArticlesWord)}");

    /// <summary><c>Woche 46/2026</c>, <c>Week 46/2026</c>.</summary>
    public string Week(IsoWeek week) => week.Title(WeekWord);
}
