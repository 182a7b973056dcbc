using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// The body <see cref="TazArticleMapper.ToArticle"/> makes (figures, then subheads and paragraphs whose markers are
/// links), written straight to <see cref="ContentEncoding"/> bytes: text runs are spans of the markup, not strings.
/// </summary>
internal static class TazBodyEncoding
{
    public static void Write(ContentEncoding.BodyWriter writer, TazBodyContent body, ImmutableArray<ImageCaption> images,
        IReadOnlyDictionary<int, Uri?> urls)
    {
        writer.BlockCount(images.Length + body.Parts.Count);
        foreach (var image in images)
        {
            writer.Figure(image);
        }

        for (var p = 0; p < body.Parts.Count; p++)
        {
            var part = body.Parts[p];
            if (part.Subhead is { } heading)
            {
                writer.Subhead(heading);
            }
            else
            {
                Paragraph(writer, body.Markup(part), part.Uses, urls);
            }
        }
    }

    /// <summary>As <see cref="TazArticleMapper.Inlines"/>: text runs between markers, each marker a link over its anchor.</summary>
    private static void Paragraph(ContentEncoding.BodyWriter writer, ReadOnlySpan<char> markup, IReadOnlyList<LinkMarkerScanner.Use> uses,
        IReadOnlyDictionary<int, Uri?> urls)
    {
        writer.Paragraph(InlineCount(markup, uses));
        var position = 0;
        for (var u = 0; u < uses.Count; u++)
        {
            var use = uses[u];
            if (use.Offset > position)
            {
                writer.TextRun(markup[position..use.Offset]);
            }

            writer.Link(use.Anchor, urls.TryGetValue(use.Ref, out var url) ? url : null, use.Ref);
            position = use.End;
        }

        if (position < markup.Length)
        {
            writer.TextRun(markup[position..]);
        }
    }

    private static int InlineCount(ReadOnlySpan<char> markup, IReadOnlyList<LinkMarkerScanner.Use> uses)
    {
        var count = uses.Count;
        var position = 0;
        for (var u = 0; u < uses.Count; u++)
        {
            var use = uses[u];
            count += use.Offset > position ? 1 : 0;
            position = use.End;
        }

        return count + (position < markup.Length ? 1 : 0);
    }
}
