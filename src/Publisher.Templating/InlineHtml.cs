using System.Collections.Immutable;
using System.Text;
using Publisher.Core.Model;

namespace Publisher.Templating;

/// <summary>
/// Inline runs as XHTML (valid HTML too): <c>em</c>, <c>strong</c>, <c>del</c>, <c>sup</c>, <c>sub</c>, <c>code</c>, <c>a href</c>, <c>br/</c>, and a note
/// reference as a superscript link to its note; all text escaped. A link without a known target renders as its text.
/// </summary>
public static class InlineHtml
{
    /// <summary>Kept per thread between paragraphs: a builder that grows once instead of once per paragraph.</summary>
    [ThreadStatic]
    private static StringBuilder? spare;

    /// <param name="notes">The anchors of the article's notes; without them (inlines that are not an article's body) a
    /// note reference is its number.</param>
    public static string Render(IEnumerable<Inline> inlines, Func<Uri, string> href, NoteAnchors? notes = null)
    {
        // Most paragraphs are one run of text, most of which need no escaping: then the run's own string is the HTML.
        if (inlines is ImmutableArray<Inline> { Length: 1 } single && single[0] is TextRun run) return Markup.Escape(run.Text);
        var builder = spare ?? new StringBuilder(1024);
        spare = null; // a render within a render (through href) gets a builder of its own
        try
        {
            Append(builder, inlines is ImmutableArray<Inline> array ? array.AsSpan() : inlines.ToArray(), href, notes);
            return builder.ToString();
        }
        finally
        {
            builder.Clear();
            if (builder.Capacity <= 1 << 16) spare = builder;
        }
    }

    private static void Append(StringBuilder builder, ReadOnlySpan<Inline> inlines, Func<Uri, string> href, NoteAnchors? notes)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    Markup.AppendEscaped(builder, run.Text);
                    break;
                case Emphasis e:
                    var tag = e.Kind.Name();
                    builder.Append('<').Append(tag).Append('>');
                    Append(builder, e.Content.AsSpan(), href, notes);
                    builder.Append("</").Append(tag).Append('>');
                    break;
                case LinkInline { Url: { } url } link:
                    builder.Append("<a href=\"");
                    Markup.AppendEscaped(builder, href(url));
                    builder.Append("\">");
                    Append(builder, link.Content.AsSpan(), href, notes);
                    builder.Append("</a>");
                    break;
                case LinkInline link:
                    Append(builder, link.Content.AsSpan(), href, notes);
                    break;
                case CodeSpan code:
                    builder.Append("<code>");
                    Markup.AppendEscaped(builder, code.Text);
                    builder.Append("</code>");
                    break;
                case LineBreak:
                    builder.Append("<br/>");
                    break;
                case NoteReference { Number: var number }:
                    AppendReference(builder, number, notes);
                    break;
            }
        }
    }

    private static void AppendReference(StringBuilder builder, int number, NoteAnchors? notes)
    {
        var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (notes is null || !notes.Exists(number))
        {
            builder.Append("<sup>").Append(text).Append("</sup>");
            return;
        }
        builder.Append("<sup><a href=\"#").Append(notes.Note(number)).Append('"');
        if (notes.FirstReference(number)) builder.Append(" id=\"").Append(notes.Reference(number)).Append('"');
        if (notes.Epub) builder.Append(" epub:type=\"noteref\"");
        builder.Append(" role=\"doc-noteref\">").Append(text).Append("</a></sup>");
    }
}
