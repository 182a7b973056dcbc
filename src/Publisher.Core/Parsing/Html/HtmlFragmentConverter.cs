using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing.Html;

/// <summary>
/// Turns raw HTML written inside Markdown into model blocks: HtmlSanitizer removes what is dangerous
/// (scripts, event handlers, <c>javascript:</c> URLs) and reports it; the rest maps onto the model, so no raw
/// HTML ever reaches an output. Text inside unknown elements is kept.
/// </summary>
public sealed class HtmlFragmentConverter
{
    private static readonly HtmlParser Parser = new();
    private readonly ParseContext _context;
    private readonly LinkNumbering _links;

    public HtmlFragmentConverter(ParseContext context, LinkNumbering links)
    {
        _context = context;
        _links = links;
    }

    public ImmutableArray<Block> Convert(string html, int line)
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.RemovingTag += (_, e) => Warn(line, $"removed unsafe HTML element <{e.Tag.LocalName}>");
        sanitizer.RemovingAttribute += (_, e) => Warn(line, $"removed unsafe HTML attribute '{e.Attribute.Name}' on <{e.Tag.LocalName}>");
        sanitizer.RemovingStyle += (_, _) => { };
        var clean = sanitizer.Sanitize(html);
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + clean + "</body></html>");
        return ConvertChildren(document.Body!);
    }

    private void Warn(int line, string message) => _context.Diagnostics.Warning(_context.RelativePath, line, message);

    private ImmutableArray<Block> ConvertChildren(INode container)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var pending = new List<Inline>();
        void Flush()
        {
            var inlines = InlineText.Tidy(pending);
            if (inlines.Length > 0) blocks.Add(new Paragraph(inlines));
            pending.Clear();
        }
        foreach (var node in container.ChildNodes)
        {
            if (node is IElement element && ToBlock(element) is { } block)
            {
                Flush();
                if (block is not Paragraph { Inlines.Length: 0 }) blocks.Add(block);
                continue;
            }
            if (node is IElement { LocalName: "div" or "section" or "article" or "header" or "footer" or "main" or "aside" or "table" or "tbody" or "thead" or "tr" or "figure" or "details" } wrapper)
            {
                Flush();
                blocks.AddRange(ConvertChildren(wrapper));
                continue;
            }
            pending.AddRange(ToInlines(node));
        }
        Flush();
        return blocks.ToImmutable();
    }

    private Block? ToBlock(IElement element) => element.LocalName switch
    {
        "p" or "pre" or "td" or "th" or "figcaption" or "dt" or "dd" or "summary" => new Paragraph(InlineText.Tidy(element.ChildNodes.SelectMany(ToInlines))),
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => new Subhead(TextCleaning.CollapseWhitespace(element.TextContent)),
        "blockquote" => new Quote(ConvertChildren(element)),
        "ul" or "ol" => new ListBlock(element.LocalName == "ol",
            [.. element.Children.Where(c => c.LocalName == "li").Select(li => new ListItem(ConvertChildren(li)))]),
        _ => null,
    };

    private IEnumerable<Inline> ToInlines(INode node)
    {
        if (node is IText text) return [new TextRun(TextCleaning.RemoveControlCharacters(text.Data))];
        if (node is not IElement element) return [];
        var children = element.ChildNodes.SelectMany(ToInlines).ToImmutableArray();
        return element.LocalName switch
        {
            "em" or "i" or "cite" or "dfn" => [new Emphasis(EmphasisKind.Emphasis, children)],
            "strong" or "b" => [new Emphasis(EmphasisKind.Strong, children)],
            "br" => [new LineBreak()],
            "img" => element.GetAttribute("alt") is { Length: > 0 } alt ? [new TextRun(alt)] : [],
            "a" => Link(element, children),
            _ => children,
        };
    }

    private IEnumerable<Inline> Link(IElement element, ImmutableArray<Inline> content)
    {
        var href = element.GetAttribute("href");
        var url = LinkTargets.Resolve(href, _context.SiteBaseUrl);
        if (url is null) return content;
        return [new LinkInline(content, url, _links.Number(href!, url, InlineText.Plain(content)))];
    }
}
