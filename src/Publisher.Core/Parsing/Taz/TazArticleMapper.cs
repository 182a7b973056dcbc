using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Maps a parse result to the shared model: <c>[n][anchor]</c> markers become link inlines with the
/// resolved absolute URL, subheads become subhead blocks, images become figure (caption) blocks ahead of
/// the text; dateline, authors, tags and related articles are carried over.
/// </summary>
public static class TazArticleMapper
{
    private static readonly Uri SiteBase = new(LinkTarget.SiteRoot + "/");

    public static Article ToArticle(TazParseResult result, ArticleId id, PublicationDate published, SourceFile source)
    {
        var links = result.Links.Select(ToLink).ToImmutableArray();
        var urls = links.ToDictionary(l => l.Number, l => l.Url);
        var images = result.Images.Select(i => new ImageCaption(i.Caption, i.Credit)).ToImmutableArray();
        var body = ImmutableArray.CreateBuilder<Block>();
        body.AddRange(images.Select(image => new Figure(image)));
        foreach (var block in result.Body)
        {
            body.Add(block switch
            {
                TazSubhead subhead => new Subhead(subhead.Text),
                TazParagraph paragraph => new Paragraph(Inlines(paragraph.Markup, urls)),
                _ => throw new InvalidOperationException($"unknown taz block {block.GetType().Name}"),
            });
        }

        return new Article
        {
            Id = id,
            Slug = id.Value,
            Title = result.Title ?? result.Headline ?? string.Empty,
            Kicker = result.Kicker,
            Headline = result.Headline ?? string.Empty,
            Teaser = result.Teaser,
            Authors = result.Authors,
            AuthorRole = result.AuthorRole,
            Dateline = result.Dateline is { } d ? new Dateline(d.Place, d.Agency) : null,
            Published = published,
            Language = result.Language ?? "de",
            Body = body.ToImmutable(),
            Images = images,
            Links = links,
            Tags = result.Tags,
            Related = [.. result.Related.Select(r => new RelatedArticle(r.Title, r.Kicker, r.Headline, r.Teaser))],
            Source = source,
        };
    }

    /// <summary>Text runs between markers; each marker a link inline over its anchor text.</summary>
    public static ImmutableArray<Inline> Inlines(string markup, IReadOnlyDictionary<int, Uri?> urls)
    {
        var uses = LinkMarkerScanner.UsesOf(markup);
        if (uses.Count == 0)
        {
            return markup.Length == 0 ? [] : [new TextRun(markup)];
        }

        var inlines = ImmutableArray.CreateBuilder<Inline>(uses.Count * 2 + 1);
        var position = 0;
        for (var u = 0; u < uses.Count; u++)
        {
            var use = uses[u];
            if (use.Offset > position)
            {
                inlines.Add(new TextRun(markup[position..use.Offset]));
            }

            var url = urls.TryGetValue(use.Ref, out var known) ? known : null;
            inlines.Add(new LinkInline([new TextRun(use.Anchor)], url, use.Ref));
            position = use.End;
        }

        if (position < markup.Length)
        {
            inlines.Add(new TextRun(markup[position..]));
        }

        return inlines.DrainToImmutable();
    }

    private static ArticleLink ToLink(TazLink link)
    {
        var url = link.Url is null ? null : LinkTargets.Resolve(link.Url, SiteBase);
        return new ArticleLink(link.Ref, link.Href, url, link.Anchors);
    }
}
