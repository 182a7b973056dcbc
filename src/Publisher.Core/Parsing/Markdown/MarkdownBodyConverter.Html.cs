using Markdig.Extensions.Footnotes;
using Markdig.Extensions.SmartyPants;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Parsing.Html;
using Publisher.Core.Parsing.Markdown.Punctuation;

namespace Publisher.Core.Parsing.Markdown;

/// <summary>
/// Paragraphs with raw HTML: Markdig writes them as HTML for <see cref="HtmlFragmentConverter"/>, its footnote references
/// and task marks written the way the converter reads them back, its punctuation set as in any other paragraph.
/// </summary>
public sealed partial class MarkdownBodyConverter
{
    private string RenderHtml(LeafBlock paragraph)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new NoteReferenceRenderer());
        renderer.ObjectRenderers.Replace<HtmlTaskListRenderer>(new TaskListRenderer());
        if (_punctuation.IsOn)
        {
            renderer.ObjectRenderers.Replace<LiteralInlineRenderer>(new PunctuatedLiteralRenderer(_punctuation));
            renderer.ObjectRenderers.Add(new SmartyPantRenderer(_punctuation));
        }
        renderer.Render(paragraph);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Whether raw HTML stands anywhere among the inlines (as <c>Descendants&lt;HtmlInline&gt;().Any()</c>, without an iterator per level).</summary>
    private static bool ContainsHtml(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is HtmlInline || (inline is ContainerInline children && ContainsHtml(children))) return true;
        }
        return false;
    }

    /// <summary>
    /// Writes nothing for a task mark in a paragraph that goes through HTML: it is the list item's (<see cref="TaskOf"/>),
    /// not an input, and <see cref="LeadingTaskMarks"/> reads no other.
    /// </summary>
    private sealed class TaskListRenderer : HtmlObjectRenderer<TaskList>
    {
        protected override void Write(HtmlRenderer renderer, TaskList task)
        {
        }
    }

    /// <summary>A literal's text with its apostrophes and ellipses set, as <see cref="AddInline"/> takes it.</summary>
    private sealed class PunctuatedLiteralRenderer(SmartPunctuation punctuation) : HtmlObjectRenderer<LiteralInline>
    {
        protected override void Write(HtmlRenderer renderer, LiteralInline literal) => renderer.WriteEscape(punctuation.Text(literal));
    }

    /// <summary>A quote or dash SmartyPants read, in the article's language, as <see cref="AddInline"/> takes it.</summary>
    private sealed class SmartyPantRenderer(SmartPunctuation punctuation) : HtmlObjectRenderer<SmartyPant>
    {
        protected override void Write(HtmlRenderer renderer, SmartyPant pant) => renderer.WriteEscape(punctuation.Text(pant));
    }

    /// <summary>
    /// Writes a footnote reference in a paragraph that goes through HTML as a link the HTML converter reads back as a
    /// <see cref="NoteReference"/> (<see cref="HtmlFragmentConverter.NoteReferencePrefix"/>); Markdig's own markup would
    /// come back as a link to the site's front page, its id and class removed by the sanitiser with warnings.
    /// </summary>
    private sealed class NoteReferenceRenderer : HtmlObjectRenderer<FootnoteLink>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteLink link)
        {
            if (link.IsBackLink) return;
            var number = link.Footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture);
            renderer.Write("<a href=\"").Write(HtmlFragmentConverter.NoteReferencePrefix).Write(number).Write("\">").Write(number).Write("</a>");
        }
    }
}
