using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Core.Sampling;

/// <summary>
/// One invented article as the generator meant it, before any rendering: what a taz dump or Markdown
/// file written from it must parse back to.
/// </summary>
public sealed record SampleArticle
{
    public required string Id { get; init; }
    public required string Language { get; init; }
    public string? Kicker { get; init; }
    public required string Headline { get; init; }
    public string Title => Kicker is null ? Headline : $"{Kicker}: {Headline}";
    public required string Teaser { get; init; }
    public ImmutableArray<string> Authors { get; init; } = [];
    public string? AuthorRole { get; init; }
    public ImmutableArray<ImageCaption> Images { get; init; } = [];
    public Dateline? Dateline { get; init; }
    public required DateOnly Date { get; init; }

    /// <summary>Paragraphs and subheads in order; paragraphs carry <c>[n][anchor]</c> markup.</summary>
    public required ImmutableArray<SampleBlock> Body { get; init; }

    /// <summary>LINKS targets by number, as written (site-relative taz paths).</summary>
    public ImmutableArray<(int Number, string Href)> Links { get; init; } = [];

    /// <summary>Tag lines as written in the TAGS section, duplicates included.</summary>
    public ImmutableArray<string> TagLines { get; init; } = [];

    public ImmutableArray<RelatedArticle> Related { get; init; } = [];

    /// <summary>The renderer's wrap width W for this article (60–78 code points).</summary>
    public required int WrapWidth { get; init; }

    /// <summary>Whether every paragraph break is written as an empty row (otherwise only where needed).</summary>
    public bool BlankRowsBetweenParagraphs { get; init; }
}

/// <summary>A body block: a paragraph (markup with link markers) or a subhead.</summary>
public sealed record SampleBlock(bool IsSubhead, string Markup);
