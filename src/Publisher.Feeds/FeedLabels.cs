using Publisher.Core.Model;

namespace Publisher.Feeds;

/// <summary>
/// The words a feed writes of its own, in the feed's language: German for German, English for every other (as the
/// words around an article, <see cref="LanguageTag.WordsAreGerman"/>).
/// </summary>
/// <param name="ArticlesTagged">What a tag feed holds, before the tag's name.</param>
/// <param name="OpeningQuote">The quotation marks around the tag's name, as the language sets them.</param>
internal sealed record FeedLabels(string ArticlesTagged, string OpeningQuote, string ClosingQuote)
{
    public static readonly FeedLabels German = new("Artikel zum Thema", "„", "“");

    public static readonly FeedLabels English = new("Articles tagged", "“", "”");

    public static FeedLabels For(string language) => LanguageTag.WordsAreGerman(language) ? German : English;

    /// <summary>A tag feed's subtitle: <c>Artikel zum Thema „Verkehr“ – Stadtbote Berlin</c>, <c>Articles tagged “Verkehr” – Stadtbote Berlin</c>.</summary>
    public string TagSubtitle(string tag, string site) => $"{ArticlesTagged} {OpeningQuote}{tag}{ClosingQuote} – {site}";
}
