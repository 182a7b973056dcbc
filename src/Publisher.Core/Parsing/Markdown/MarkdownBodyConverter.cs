using System.Collections.Immutable;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Model;
using Publisher.Core.Parsing.Html;
using MdLink = Markdig.Syntax.Inlines.LinkInline;
using ModelLink = Publisher.Core.Model.LinkInline;
using Block = Publisher.Core.Model.Block;
using Inline = Publisher.Core.Model.Inline;

namespace Publisher.Core.Parsing.Markdown;

/// <summary>
/// Markdig's syntax tree to model blocks. Blocks that carry raw HTML go through
/// <see cref="HtmlFragmentConverter"/> (sanitised, then mapped); everything else maps directly.
/// </summary>
public sealed class MarkdownBodyConverter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();
    private readonly ParseContext _context;
    private readonly int _lineOffset;
    private readonly LinkNumbering _links = new();
    private readonly HtmlFragmentConverter _html;

    public MarkdownBodyConverter(ParseContext context, int lineOffset)
    {
        _context = context;
        _lineOffset = lineOffset;
        _html = new HtmlFragmentConverter(context, _links);
    }

    public ImmutableArray<ArticleLink> Links => _links.ToLinks();

    public ImmutableArray<Block> Convert(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        return ConvertBlocks(document);
    }

    private int LineOf(MarkdownObject node) => node.Line + 1 + _lineOffset;

    private ImmutableArray<Block> ConvertBlocks(ContainerBlock container)
    {
        var result = ImmutableArray.CreateBuilder<Block>();
        foreach (var block in container) result.AddRange(ConvertBlock(block));
        return result.ToImmutable();
    }

    private IEnumerable<Block> ConvertBlock(Markdig.Syntax.Block block)
    {
        switch (block)
        {
            case HtmlBlock html:
                return _html.Convert(html.Lines.ToString(), LineOf(html));
            case LeafBlock leaf when leaf.Inline?.Descendants<HtmlInline>().Any() == true:
                return _html.Convert(RenderHtml(leaf), LineOf(leaf));
            case ParagraphBlock paragraph:
                var inlines = InlineText.Tidy(ConvertInlines(paragraph.Inline));
                return inlines.Length == 0 ? [] : [new Paragraph(inlines)];
            case HeadingBlock heading:
                var text = TextCleaning.CollapseWhitespace(InlineText.Plain(ConvertInlines(heading.Inline)));
                return text.Length == 0 ? [] : [new Subhead(text)];
            case QuoteBlock quote:
                return [new Quote(ConvertBlocks(quote))];
            case Markdig.Syntax.ListBlock list:
                return [new Model.ListBlock(list.IsOrdered, [.. list.OfType<ListItemBlock>().Select(i => new ListItem(ConvertBlocks(i)))])];
            case CodeBlock code:
                var lines = code.Lines.Lines.Take(code.Lines.Count).Select(l => TextCleaning.RemoveControlCharacters(l.ToString()));
                return [new Paragraph([.. lines.SelectMany((l, i) => i == 0 ? new Inline[] { new TextRun(l) } : [new LineBreak(), new TextRun(l)])])];
            case ContainerBlock other:
                return ConvertBlocks(other);
            default:
                return [];
        }
    }

    private static string RenderHtml(LeafBlock paragraph)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(paragraph);
        writer.Flush();
        return writer.ToString();
    }

    private IEnumerable<Inline> ConvertInlines(ContainerInline? container)
    {
        if (container is null) yield break;
        foreach (var inline in container)
            foreach (var converted in ConvertInline(inline))
                yield return converted;
    }

    private IEnumerable<Inline> ConvertInline(Markdig.Syntax.Inlines.Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                return [new TextRun(TextCleaning.RemoveControlCharacters(literal.Content.ToString()))];
            case CodeInline code:
                return [new TextRun(TextCleaning.RemoveControlCharacters(code.Content))];
            case HtmlEntityInline entity:
                return [new TextRun(entity.Transcoded.ToString())];
            case LineBreakInline lineBreak:
                return lineBreak.IsHard ? [new LineBreak()] : [new TextRun(" ")];
            case EmphasisInline emphasis:
                var kind = emphasis.DelimiterCount >= 2 ? EmphasisKind.Strong : EmphasisKind.Emphasis;
                return [new Emphasis(kind, [.. ConvertInlines(emphasis)])];
            case AutolinkInline autolink:
                return Link(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, [new TextRun(autolink.Url)], autolink);
            case MdLink { IsImage: true } image:
                _context.Diagnostics.Warning(_context.RelativePath, LineOf(image), "images are not carried into the outputs; their alt text is kept");
                return ConvertInlines(image);
            case MdLink link:
                return Link(link.Url, [.. ConvertInlines(link)], link);
            case ContainerInline other:
                return ConvertInlines(other);
            default:
                return [];
        }
    }

    private IEnumerable<Inline> Link(string? href, ImmutableArray<Inline> content, MarkdownObject node)
    {
        var url = LinkTargets.Resolve(href, _context.SiteBaseUrl);
        if (url is null)
        {
            _context.Diagnostics.Warning(_context.RelativePath, LineOf(node), $"link target '{href}' is not a safe URL; the link text is kept without the link");
            return content;
        }
        return [new ModelLink(content, url, _links.Number(href!, url, InlineText.Plain(content)))];
    }
}
