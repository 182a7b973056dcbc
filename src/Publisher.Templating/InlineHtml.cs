using System.Collections.Immutable;
using System.Text;
using Publisher.Core.Model;

namespace Publisher.Templating;

/// <summary>
/// Inline runs as XHTML (valid HTML too): <c>em</c>, <c>strong</c>, <c>a href</c>, <c>br/</c>; all text escaped.
/// A link without a known target renders as its text.
/// </summary>
public static class InlineHtml
{
    /// <summary>Kept per thread between paragraphs: a builder that grows once instead of once per paragraph.</summary>
    [ThreadStatic]
    private static StringBuilder? spare;

    public static string Render(IEnumerable<Inline> inlines, Func<Uri, string> href)
    {
        // Most paragraphs are one run of text, most of which need no escaping: then the run's own string is the HTML.
        if (inlines is ImmutableArray<Inline> { Length: 1 } single && single[0] is TextRun run) return Markup.Escape(run.Text);
        var builder = spare ?? new StringBuilder(1024);
        spare = null; // a render within a render (through href) gets a builder of its own
        try
        {
            Append(builder, inlines is ImmutableArray<Inline> array ? array.AsSpan() : inlines.ToArray(), href);
            return builder.ToString();
        }
        finally
        {
            builder.Clear();
            if (builder.Capacity <= 1 << 16) spare = builder;
        }
    }

    private static void Append(StringBuilder builder, ReadOnlySpan<Inline> inlines, Func<Uri, string> href)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    Markup.AppendEscaped(builder, run.Text);
                    break;
                case Emphasis e:
                    var tag = e.Kind switch { EmphasisKind.Strong => "strong", EmphasisKind.Deleted => "del", _ => "em" };
                    builder.Append('<').Append(tag).Append('>');
                    Append(builder, e.Content.AsSpan(), href);
                    builder.Append("</").Append(tag).Append('>');
                    break;
                case LinkInline { Url: { } url } link:
                    builder.Append("<a href=\"");
                    Markup.AppendEscaped(builder, href(url));
                    builder.Append("\">");
                    Append(builder, link.Content.AsSpan(), href);
                    builder.Append("</a>");
                    break;
                case LinkInline link:
                    Append(builder, link.Content.AsSpan(), href);
                    break;
                case LineBreak:
                    builder.Append("<br/>");
                    break;
            }
        }
    }
}
