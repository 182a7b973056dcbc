using Publisher.Core.Model;
using Publisher.Epub.Books;
using Publisher.Epub.Chapters;
using Publisher.Templating.Views;
using Publisher.Templating;
using Scriban.Runtime;

namespace Publisher.Epub.Views;

/// <summary>An article as the contents page, navigation and pager list it (plain text: escape it).</summary>
/// <param name="Language">The article's language when it differs from the book's, otherwise null.</param>
/// <param name="Direction">Which way the article's language runs (<c>ltr</c>, <c>rtl</c>) when the book's runs the
/// other way, otherwise null.</param>
public sealed record EntryView(string File, string Headline, string? Kicker, string? Teaser, string? Language, string? Direction) : ITemplateView
{
    private static readonly IObjectAccessor Members = new ViewAccessor<EntryView>()
        .With(nameof(File), v => v.File)
        .With(nameof(Headline), v => v.Headline)
        .With(nameof(Kicker), v => v.Kicker)
        .With(nameof(Teaser), v => v.Teaser)
        .With(nameof(Language), v => v.Language)
        .With(nameof(Direction), v => v.Direction);

    IObjectAccessor ITemplateView.Accessor => Members;

    /// <summary>The article as its book lists it under <paramref name="sectionTitle"/>: without a kicker that only repeats that title.</summary>
    public static EntryView From(Article article, string bookLanguage, string sectionTitle) => new(
        ChapterFiles.Of(article),
        BookText.Headline(article),
        Kickers.Repeat(article.Kicker, sectionTitle) ? null : NullIfEmpty(article.Kicker),
        NullIfEmpty(article.Teaser),
        OtherLanguage(article, bookLanguage),
        OtherDirection(article, bookLanguage));

    public static string? OtherLanguage(Article article, string bookLanguage) =>
        Unless(LanguageTag.OrFallback(article.Language, bookLanguage), bookLanguage);

    private static string? OtherDirection(Article article, string bookLanguage) =>
        Unless(LanguageTag.Direction(LanguageTag.OrFallback(article.Language, bookLanguage)), LanguageTag.Direction(bookLanguage));

    /// <summary><paramref name="own"/> (a language, a direction), or null where it is <paramref name="surrounding"/>'s (case aside): then nothing needs saying.</summary>
    private static string? Unless(string own, string surrounding) =>
        string.Equals(own, surrounding, StringComparison.OrdinalIgnoreCase) ? null : own;

    private static string? NullIfEmpty(string? text) => BookText.Visible(text, "") is { Length: > 0 } visible ? visible : null;
}
