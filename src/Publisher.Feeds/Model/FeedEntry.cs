namespace Publisher.Feeds.Model;

/// <summary>
/// One article as every feed format carries it. All text is free of characters XML forbids; nothing is escaped
/// yet (the writers escape). <see cref="ContentHtml"/> is the rendered article, an HTML fragment with absolute links.
/// </summary>
public sealed record FeedEntry
{
    /// <summary>A <c>tag:</c> URI from the site's host, the publication date and the article id (<see cref="FeedIds"/>).</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>The article's page (<c>alternate</c> link).</summary>
    public required Uri Url { get; init; }

    /// <summary>Publication instant; date-only articles are 00:00 in the site's time zone.</summary>
    public required DateTimeOffset Published { get; init; }

    /// <summary>The article's last change (<see cref="Core.Model.Article.LastModified"/>): its publication, or its update if it names one.</summary>
    public required DateTimeOffset Updated { get; init; }

    /// <summary>Never empty: the article's authors, or the site's author.</summary>
    public required IReadOnlyList<FeedPerson> Authors { get; init; }

    public required IReadOnlyList<FeedCategory> Categories { get; init; }

    /// <summary>The teaser as plain text, if the article has one.</summary>
    public string? Summary { get; init; }

    /// <summary>The article's beginning as plain text (<see cref="FeedExcerpt"/>), null when its body has no paragraph.</summary>
    public string? Excerpt { get; init; }

    /// <summary>
    /// What a reader lists under the title (Atom <c>summary</c>, RSS <c>description</c>, JSON Feed <c>summary</c>): the
    /// teaser, else the article's beginning, so a preview does not start with the byline the content opens with.
    /// </summary>
    public string? Description => Summary ?? Excerpt;

    public required string ContentHtml { get; init; }

    /// <summary>The address of the first picture the content shows (JSON Feed's <c>image</c>), null when it shows none.</summary>
    public string? Image { get; init; }

    /// <summary>BCP 47 language of the article.</summary>
    public required string Language { get; init; }
}
