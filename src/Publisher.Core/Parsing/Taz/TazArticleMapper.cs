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
        var (links, urls, images) = Parts(result);
        var body = ImmutableArray.CreateBuilder<Block>(images.Length + result.Body.Length);
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

        return Head(result, id, published, source) with
        {
            Body = body.MoveToImmutable(),
            Images = images,
            Links = links,
            Related = Related(result),
        };
    }

    /// <summary>
    /// As <see cref="ToArticle"/> of <paramref name="result"/> with <paramref name="body"/> as its body, with the content
    /// already encoded (<see cref="Article.EncodedContent"/>): the body goes from the markup to bytes without a record or
    /// string per paragraph or text run.
    /// </summary>
    internal static Article ToEncodedArticle(TazParseResult result, TazBodyContent body, ArticleId id, PublicationDate published, SourceFile source)
    {
        var (links, urls, images) = Parts(result);
        var content = ContentEncoding.Encode((body, images, urls), static (w, s) => TazBodyEncoding.Write(w, s.body, s.images, s.urls),
            images, links, Related(result), out var exact);
        return exact
            ? Head(result, id, published, source) with { EncodedContent = content }
            : ToArticle(result with { Body = body.ToBlocks() }, id, published, source);
    }

    private static (ImmutableArray<ArticleLink> Links, Dictionary<int, Uri?> Urls, ImmutableArray<ImageCaption> Images) Parts(TazParseResult result)
    {
        var links = result.Links.Select(ToLink).ToImmutableArray();
        // A bare "Bild:" line says there was a picture but nothing about it: no figure, which would print empty.
        var images = result.Images.Where(i => i.Caption.Length > 0 || !string.IsNullOrEmpty(i.Credit))
            .Select(i => new ImageCaption(i.Caption, i.Credit)).ToImmutableArray();
        return (links, links.ToDictionary(l => l.Number, l => l.Url), images);
    }

    private static ImmutableArray<RelatedArticle> Related(TazParseResult result) =>
        [.. result.Related.Select(r => new RelatedArticle(r.Title, r.Kicker, r.Headline, r.Teaser))];

    /// <summary>The article without its content (body, images, links, related articles).</summary>
    private static Article Head(TazParseResult result, ArticleId id, PublicationDate published, SourceFile source) => new()
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
        Tags = result.Tags,
        TagsLine = result.TagsLine,
        Source = source,
    };

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
