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

    /// <summary>When the article was last changed after it was published (never before <see cref="Published"/>); null when it does not say.</summary>
    public PublicationDate? Updated { get; init; }

    /// <summary>The later of its publication and its update: a feed entry's <c>updated</c>, what a book's <c>dcterms:modified</c> is the newest of.</summary>
    public DateTimeOffset LastModified(TimeZoneInfo siteZone)
    {
        var published = Published.ToInstant(siteZone);
        return Updated?.ToInstant(siteZone) is { } updated && updated > published ? updated : published;
    }

    /// <summary>BCP 47 language tag of the article text (<c>de</c>, <c>en</c>).</summary>
    public required string Language { get; init; }

    /// <summary>
    /// The article's text. Like <see cref="Images"/>, <see cref="Links"/> and <see cref="Related"/>, it is kept encoded
    /// in an article from the content loader or the parse cache (see <see cref="EncodedContent"/>): each read decodes
    /// it afresh, and nothing holds the result but the caller.
    /// </summary>
    public ImmutableArray<Block> Body
    {
        get => _encoded.IsEmpty ? _body : ContentEncoding.Body(_encoded.Span);
        init { Expand(); _body = value; }
    }

    /// <summary>Whether the body shows a picture anywhere (<see cref="Pictures.In"/> finds one), told without decoding an encoded body.</summary>
    public bool ShowsPictures => _encoded.IsEmpty ? Pictures.In(_body).Any() : ContentEncoding.PictureCount(_encoded.Span) > 0;

    public ImmutableArray<ImageCaption> Images
    {
        get => _encoded.IsEmpty ? _images : ContentEncoding.Images(_encoded.Span);
        init { Expand(); _images = value; }
    }

    /// <summary>Numbered link targets, in number order (taz LINKS section; Markdown links in order of use).</summary>
    public ImmutableArray<ArticleLink> Links
    {
        get => _encoded.IsEmpty ? _links : ContentEncoding.Links(_encoded.Span);
        init { Expand(); _links = value; }
    }

    public ImmutableArray<RelatedArticle> Related
    {
        get => _encoded.IsEmpty ? _related : ContentEncoding.Related(_encoded.Span);
        init { Expand(); _related = value; }
    }

    /// <summary>
    /// Body, images, links and related articles as <see cref="ContentEncoding"/> bytes, which those properties decode
    /// on every read: a build holds ten thousand articles' content at about a fifth of the memory the records take.
    /// </summary>
    internal ReadOnlyMemory<byte> EncodedContent
    {
        get => _encoded;
        init
        {
            if (!ContentEncoding.HasSections(value.Span)) throw new ArgumentException("not an article's encoded content", nameof(value));
            (_body, _images, _links, _related, _encoded) = ([], [], [], [], value);
        }
    }

    // Written only while the article is initialised (constructor, object initialiser, with-expression).
    private ImmutableArray<Block> _body = [];
    private ImmutableArray<ImageCaption> _images = [];
    private ImmutableArray<ArticleLink> _links = [];
    private ImmutableArray<RelatedArticle> _related = [];
    private ReadOnlyMemory<byte> _encoded;

    /// <summary>This article with its content encoded, unless it is already or its text does not encode exactly.</summary>
    internal Article WithEncodedContent()
    {
        if (!_encoded.IsEmpty) return this;
        var bytes = ContentEncoding.Encode(_body, _images, _links, _related, out var exact);
        return exact ? this with { EncodedContent = bytes } : this;
    }

    /// <summary>Before one part is replaced (<c>with { Links = … }</c>), the others are decoded and kept as records.</summary>
    private void Expand()
    {
        if (_encoded.IsEmpty) return;
        var content = _encoded.Span;
        (_body, _images, _links, _related) = (ContentEncoding.Body(content), ContentEncoding.Images(content), ContentEncoding.Links(content), ContentEncoding.Related(content));
        _encoded = default;
    }

    /// <summary>Tag names, trimmed, NFC, deduplicated in first-occurrence order. Slugs live in <see cref="Tag"/>.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>The line of the source file the tags are written on (their field, or the first of their section); 0 where there are none.</summary>
    public int TagsLine { get; init; }

    public required SourceFile Source { get; init; }

    public IsoWeek Week => IsoWeek.From(Published.Date);
}
