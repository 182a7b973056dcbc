using Scriban.Runtime;

namespace Publisher.Templating.Views;

/// <summary>
/// An article as templates see it (members in snake_case: <c>article.date_display</c>). Text members are
/// plain text — escape them with <c>| escape</c>; <see cref="BlockView.Html"/> is already escaped.
/// </summary>
public sealed class ArticleView : ITemplateView
{
    private static readonly IObjectAccessor Members = new ViewAccessor<ArticleView>()
        .With(nameof(Id), v => v.Id)
        .With(nameof(Slug), v => v.Slug)
        .With(nameof(Url), v => v.Url)
        .With(nameof(Title), v => v.Title)
        .With(nameof(Kicker), v => v.Kicker)
        .With(nameof(Headline), v => v.Headline)
        .With(nameof(Teaser), v => v.Teaser)
        .With(nameof(Authors), v => v.Authors)
        .With(nameof(AuthorRole), v => v.AuthorRole)
        .With(nameof(Byline), v => v.Byline)
        .With(nameof(BylineHtml), v => v.BylineHtml)
        .With(nameof(DatelinePlace), v => v.DatelinePlace)
        .With(nameof(DatelineAgency), v => v.DatelineAgency)
        .With(nameof(Date), v => v.Date)
        .With(nameof(DateDisplay), v => v.DateDisplay)
        .With(nameof(Week), v => v.Week)
        .With(nameof(Language), v => v.Language)
        .With(nameof(Direction), v => v.Direction)
        .With(nameof(English), v => v.English)
        .With(nameof(Words), v => v.Words)
        .With(nameof(Tags), v => v.Tags)
        .With(nameof(Body), v => v.Body)
        .With(nameof(Links), v => v.Links)
        .With(nameof(Related), v => v.Related)
        .With(nameof(Source), v => v.Source);

    IObjectAccessor ITemplateView.Accessor => Members;

    public required string Id { get; init; }
    public required string Slug { get; init; }

    /// <summary>Absolute URL of the article's page.</summary>
    public required string Url { get; init; }
    public required string Title { get; init; }
    public string? Kicker { get; init; }
    public required string Headline { get; init; }
    public string? Teaser { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? AuthorRole { get; init; }

    /// <summary><c>Kommentar von A und B</c> / <c>By A and B</c> / <c>Par A et B</c>; empty without authors (<see cref="Core.Wording.Words.Byline"/>).</summary>
    public required string Byline { get; init; }

    /// <summary>
    /// <see cref="Byline"/> as escaped HTML, its words ("by", "and") marked as English where English words stand in for
    /// the article's language (<see cref="WordsView.Marked"/>): <c>&lt;span lang="en" …&gt;By&lt;/span&gt; أحمد</c>. Write it unescaped.
    /// </summary>
    public required string BylineHtml { get; init; }
    public string? DatelinePlace { get; init; }
    public string? DatelineAgency { get; init; }

    /// <summary>ISO date, <c>2026-11-10</c>.</summary>
    public required string Date { get; init; }

    /// <summary>The date as the article's language writes it.</summary>
    public required string DateDisplay { get; init; }

    /// <summary>ISO week, <c>2026-W46</c>.</summary>
    public required string Week { get; init; }
    public required string Language { get; init; }

    /// <summary>Which way the article's language runs, as HTML's <c>dir</c> says it: <c>ltr</c> or <c>rtl</c>.</summary>
    public string Direction => Core.Model.LanguageTag.Direction(Language);

    /// <summary>
    /// Whether the article's language is not German. Kept for template overrides written before <see cref="Words"/>, which
    /// chose between German and English words by it (<c>english ? "Photo" : "Foto"</c>); such a template still writes
    /// English words around a French article.
    /// </summary>
    public bool English { get; init; }

    /// <summary>The words around the article, in its language: <c>article.words.photo</c>, <c>article.words.related</c>.</summary>
    public required WordsView Words { get; init; }
    public IReadOnlyList<TagView> Tags { get; init; } = [];
    public IReadOnlyList<BlockView> Body { get; init; } = [];
    public IReadOnlyList<LinkView> Links { get; init; } = [];
    public IReadOnlyList<RelatedView> Related { get; init; } = [];

    /// <summary>Source file, relative to the content folder.</summary>
    public required string Source { get; init; }
}
