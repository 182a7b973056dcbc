using System.Collections.Immutable;

namespace Publisher.Core.Model;

/// <summary>One article, whatever format it came from. Immutable; knows nothing of XML, ZIP or PDF.</summary>
public sealed record Article
{
    public required ArticleId Id { get; init; }

    /// <summary>The file-name part of this article's page URL; unique within a build.</summary>
    public required Slug Slug { get; init; }

    /// <summary>The full title as written: <c>Kicker: Headline</c>, or the headline alone.</summary>
    public required string Title { get; init; }

    public string? Kicker { get; init; }

    public required string Headline { get; init; }

    public string? Teaser { get; init; }

    public ImmutableArray<string> Authors { get; init; } = [];

    /// <summary>The kind of piece named with the byline (<c>Kommentar</c>, <c>Interview</c>, …), if any.</summary>
    public string? AuthorRole { get; init; }

    public Dateline? Dateline { get; init; }

    public required PublicationDate Published { get; init; }

    /// <summary>BCP 47 language tag of the article text (<c>de</c>, <c>en</c>).</summary>
    public required string Language { get; init; }

    public ImmutableArray<Block> Body
    {
        get => _deferredBody?.Value ?? _body;
        init => (_body, _deferredBody) = (value, null);
    }

    /// <summary>
    /// A body read only when first asked for (set by the parse cache's reader): a build that takes articles from
    /// its cache decodes the bodies of just the articles it writes. Same as setting <see cref="Body"/> to the result.
    /// </summary>
    internal Func<ImmutableArray<Block>> DeferredBody
    {
        init => _deferredBody = new Lazy<ImmutableArray<Block>>(value, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly ImmutableArray<Block> _body = [];
    private readonly Lazy<ImmutableArray<Block>>? _deferredBody;

    public ImmutableArray<ImageCaption> Images { get; init; } = [];

    /// <summary>Numbered link targets, in number order (taz LINKS section; Markdown links in order of use).</summary>
    public ImmutableArray<ArticleLink> Links { get; init; } = [];

    /// <summary>Tag names, trimmed, NFC, deduplicated in first-occurrence order. Slugs live in <see cref="Tag"/>.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    public ImmutableArray<RelatedArticle> Related { get; init; } = [];

    public required SourceFile Source { get; init; }

    public IsoWeek Week => IsoWeek.From(Published.Date);
}
