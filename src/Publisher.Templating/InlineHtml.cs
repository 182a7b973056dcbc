using System.Text;
using Publisher.Core.Model;

namespace Publisher.Templating;

/// <summary>
/// Inline runs as XHTML (valid HTML too): <c>em</c>, <c>strong</c>, <c>a href</c>, <c>br/</c>; all text escaped.
/// A link without a known target renders as its text.
/// </summary>
public static class InlineHtml
{
    public static string Render(IEnumerable<Inline> inlines, Func<Uri, string> href)
    {
        var builder = new StringBuilder();
        Append(builder, inlines, href);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, IEnumerable<Inline> inlines, Func<Uri, string> href)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    Markup.AppendEscaped(builder, run.Text);
                    break;
                case Emphasis e:
                    var tag = e.Kind == EmphasisKind.Strong ? "strong" : "em";
                    builder.Append('<').Append(tag).Append('>');
                    Append(builder, e.Content, href);
                    builder.Append("</").Append(tag).Append('>');
                    break;
                case LinkInline { Url: { } url } link:
                    builder.Append("<a href=\"");
                    Markup.AppendEscaped(builder, href(url));
                    builder.Append("\">");
                    Append(builder, link.Content, href);
                    builder.Append("</a>");
                    break;
                case LinkInline link:
                    Append(builder, link.Content, href);
                    break;
                case LineBreak:
                    builder.Append("<br/>");
                    break;
            }
        }
    }
}
