using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// The body <see cref="TazArticleMapper.ToArticle"/> makes (figures, then subheads and paragraphs whose markers are
/// links), written straight to <see cref="ContentEncoding"/> bytes: text runs are spans of the markup, not strings.
/// </summary>
internal static class TazBodyEncoding
{
    public static void Write(ContentEncoding.BodyWriter writer, ImmutableArray<TazBodyBlock> body, ImmutableArray<ImageCaption> images,
        IReadOnlyDictionary<int, Uri?> urls)
    {
        writer.BlockCount(images.Length + body.Length);
        foreach (var image in images)
        {
            writer.Figure(image);
        }

        foreach (var block in body)
        {
            switch (block)
            {
                case TazSubhead subhead:
                    writer.Subhead(subhead.Text);
                    break;
                case TazParagraph paragraph:
                    Paragraph(writer, paragraph.Markup, paragraph.Uses, urls);
                    break;
                default:
                    throw new InvalidOperationException($"unknown taz block {block.GetType().Name}");
            }
        }
    }

    /// <summary>As <see cref="TazArticleMapper.Inlines"/>: text runs between markers, each marker a link over its anchor.</summary>
    private static void Paragraph(ContentEncoding.BodyWriter writer, string markup, IReadOnlyList<LinkMarkerScanner.Use> uses,
        IReadOnlyDictionary<int, Uri?> urls)
    {
        writer.Paragraph(InlineCount(markup, uses));
        var position = 0;
        for (var u = 0; u < uses.Count; u++)
        {
            var use = uses[u];
            if (use.Offset > position)
            {
                writer.TextRun(markup.AsSpan(position, use.Offset - position));
            }

            writer.Link(use.Anchor, urls.TryGetValue(use.Ref, out var url) ? url : null, use.Ref);
            position = use.End;
        }

        if (position < markup.Length)
        {
            writer.TextRun(markup.AsSpan(position));
        }
    }

    private static int InlineCount(string markup, IReadOnlyList<LinkMarkerScanner.Use> uses)
    {
        var count = uses.Count;
        var position = 0;
        foreach (var use in uses)
        {
            count += use.Offset > position ? 1 : 0;
            position = use.End;
        }

        return count + (position < markup.Length ? 1 : 0);
    }
}
