using System.Collections.Immutable;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Everything the parser read from one taz dump, shaped like the oracle JSON of spec §14.
/// Problems are in <see cref="Diagnostics"/>; the parser never throws.
/// </summary>
public sealed record TazParseResult
{
    public required string File { get; init; }
    public required TazStatus Status { get; init; }
    public required TazEncodingInfo Encoding { get; init; }
    public int? WrapWidth { get; init; }
    public string? Site { get; init; }
    public string? Title { get; init; }
    public bool TitleTruncated { get; init; }
    public string? Kicker { get; init; }
    public string? Headline { get; init; }
    public string? Teaser { get; init; }
    public bool TeaserTruncated { get; init; }
    public ImmutableArray<TazImage> Images { get; init; } = [];
    public string? ImageCaption => Images.IsDefaultOrEmpty ? null : Images[0].Caption;
    public ImmutableArray<string> Authors { get; init; } = [];
    public string? AuthorRole { get; init; }
    public TazDateline? Dateline { get; init; }
    public DateOnly? Date { get; init; }
    public string? DateRaw { get; init; }

    /// <summary>1-based line of the date line, for diagnostics; not part of the JSON.</summary>
    public int? DateLineNumber { get; init; }
    public IsoWeek? IsoWeek { get; init; }
    public string? Language { get; init; }
    public ImmutableArray<TazBodyBlock> Body { get; init; } = [];
    public ImmutableArray<TazLink> Links { get; init; } = [];
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>The line of the first tag, 0 without tags (for what is reported of them; not in the JSON).</summary>
    public int TagsLine { get; init; }

    /// <summary>
    /// Spec §12 slugs of <see cref="Tags"/>, unique within the article: a collision gets -2, -3, …
    /// (clarification 8). Worked out when asked for. They are the spec's recommendation (the oracle's field), used only in
    /// <c>publisher parse --json</c>: the build slugs tags across the whole corpus instead, with
    /// <see cref="Slug.OfTag"/>, which keeps <c>C++</c> (<c>c-plus-plus</c>) apart from <c>C</c> (here <c>c</c> and <c>c-2</c>).
    /// </summary>
    public ImmutableArray<string> TagSlugs
    {
        get
        {
            var allocator = new SlugAllocator();
            var slugs = ImmutableArray.CreateBuilder<string>(Tags.Length);
            foreach (var tag in Tags)
            {
                slugs.Add(allocator.Allocate(Slug.From(tag)).Value);
            }

            return slugs.MoveToImmutable();
        }
    }

    public ImmutableArray<TazRelatedArticle> Related { get; init; } = [];
    public ImmutableArray<string> SectionsPresent { get; init; } = [];
    public ImmutableArray<string> Notes { get; init; } = [];
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    public bool IsArticle => Status == TazStatus.Article;
}
