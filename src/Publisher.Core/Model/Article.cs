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

    /// <summary>
    /// The article's text. An article from the content loader or the parse cache keeps it encoded (see
    /// <see cref="EncodedBody"/>): each read decodes it afresh, and nothing holds the result but the caller.
    /// </summary>
    public ImmutableArray<Block> Body
    {
        get => _encodedBody.IsEmpty ? _body : BodyEncoding.Decode(_encodedBody.Span);
        init => (_body, _encodedBody) = (value, default);
    }

    /// <summary>
    /// The body as <see cref="BodyEncoding"/> bytes, which <see cref="Body"/> decodes on every read: a build holds
    /// ten thousand bodies at about a fifth of the memory their records take. Never empty when set.
    /// </summary>
    internal ReadOnlyMemory<byte> EncodedBody
    {
        get => _encodedBody;
        init => (_body, _encodedBody) = ([], value);
    }

    private readonly ImmutableArray<Block> _body = [];
    private readonly ReadOnlyMemory<byte> _encodedBody;

    /// <summary>This article with its body encoded, unless it is already or its text does not encode exactly.</summary>
    internal Article WithEncodedBody()
    {
        if (!_encodedBody.IsEmpty) return this;
        var bytes = BodyEncoding.Encode(_body, out var exact);
        return exact ? this with { EncodedBody = bytes } : this;
    }

    public ImmutableArray<ImageCaption> Images { get; init; } = [];

    /// <summary>Numbered link targets, in number order (taz LINKS section; Markdown links in order of use).</summary>
    public ImmutableArray<ArticleLink> Links { get; init; } = [];

    /// <summary>Tag names, trimmed, NFC, deduplicated in first-occurrence order. Slugs live in <see cref="Tag"/>.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    public ImmutableArray<RelatedArticle> Related { get; init; } = [];

    public required SourceFile Source { get; init; }

    public IsoWeek Week => IsoWeek.From(Published.Date);
}
