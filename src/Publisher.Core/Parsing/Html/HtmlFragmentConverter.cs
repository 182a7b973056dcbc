using System.Globalization;
using System.Collections.Immutable;
using AngleSharp;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Publisher.Core.Model;
using Publisher.Core.Parsing.Markdown.Punctuation;

namespace Publisher.Core.Parsing.Html;

/// <summary>
/// Turns raw HTML written inside Markdown into model blocks: HtmlSanitizer removes what is dangerous
/// (scripts, event handlers, <c>javascript:</c> URLs) and reports it; the rest maps onto the model, so no raw
/// HTML ever reaches an output. Text inside unknown elements is kept.
/// </summary>
public sealed partial class HtmlFragmentConverter
{
    /// <summary>
    /// A parser as HtmlSanitizer's own (CSS read with its options, so the safe part of a <c>style</c>,
    /// <c>text-align</c>, is kept), that keeps where each element starts, so what is reported of it names its own line,
    /// and reads as a reader without scripts does: a <c>&lt;noscript&gt;</c>'s content is markup, shown, not text.
    /// </summary>
    private static readonly HtmlParser Parser = new(
        HtmlSanitizer.DefaultHtmlParserFactory().Options with { IsKeepingSourceReferences = true, IsScripting = false },
        BrowsingContext.New(Configuration.Default.WithCss(new CssParserOptions
        {
            IsIncludingUnknownDeclarations = true,
            IsIncludingUnknownRules = true,
            IsToleratingInvalidSelectors = true,
        })));

    /// <summary>
    /// Elements the sanitizer removes whose content no reader sees as text (code, styles, embedded documents and
    /// media): they go with their content. Any other element it would remove is kept for its text.
    /// </summary>
    private static readonly HashSet<string> WithoutText =
    [
        "script", "style", "template", "iframe", "object", "embed", "applet", "frame", "frameset", "noembed", "noframes",
        "head", "title", "meta", "link", "base", "svg", "math", "canvas", "audio", "video", "source", "track", "param",
    ];
    private readonly ParseContext _context;
    private readonly LinkNumbering _links;
    private readonly QuoteMarks _quotes;

    /// <summary>The abbreviations of the article written out so far (<see cref="Abbreviation"/>): each is, at its first use.</summary>
    private readonly HashSet<string> _expanded = new(StringComparer.Ordinal);

    /// <param name="quotes">The marks a <c>&lt;q&gt;</c> is shown with, as a browser shows it: the article's language's.</param>
    public HtmlFragmentConverter(ParseContext context, LinkNumbering links, QuoteMarks quotes)
    {
        _context = context;
        _links = links;
        _quotes = quotes;
    }

    /// <param name="pictures">
    /// Whether a lone image may become a <see cref="Picture"/>: not in a Markdown table's cell, which holds text only
    /// (its image keeps its alt text, with the warning).
    /// </param>
    public ImmutableArray<Block> Convert(string html, int line, bool pictures = true)
    {
        _line = line;
        var sanitizer = new HtmlSanitizer();
        // Harmless and common (<code class="language-js">), and carried into no output: no "unsafe" warning for them.
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.RemovingTag += (_, e) =>
        {
            if (WithoutText.Contains(e.Tag.LocalName))
            {
                Warn(LineOf(e.Tag), $"removed unsafe HTML element <{e.Tag.LocalName}>");
                return;
            }
            // Not unsafe, only unknown (<x-note>, <foo>, <button>): its text is kept, mapped as any unknown element's.
            e.Cancel = true;
            Warn(LineOf(e.Tag), $"HTML element <{e.Tag.LocalName}> is not supported; its text is kept");
        };
        sanitizer.RemovingAttribute += (_, e) => Warn(LineOf(e.Tag), $"removed unsafe HTML attribute '{e.Attribute.Name}' on <{e.Tag.LocalName}>");
        sanitizer.RemovingStyle += (_, _) => { };
        // The text of <xmp>, <textarea> and the like is converted as text, never written as HTML: left as written, not
        // escaped (the sanitiser would write "a &lt; b" into it for a serialiser).
        sanitizer.EncodeLiteralTextElementContent = _ => { };
        // Parsed once, with the lines kept, and made safe in place: what is converted is what the sanitiser left. No
        // closing tags after the article's HTML: an element it leaves open whose content is text (<textarea>,
        // <noscript>) would take them as its words.
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html);
        sanitizer.SanitizeDom(document);
        _cellDepth = pictures ? 0 : 1;
        return ConvertChildren(document.Body!);
    }

    /// <summary>The line <paramref name="element"/> starts on in the article (the fragment's own line where that is not known).</summary>
    private int LineOf(IElement element) => element.SourceReference is { } source ? _line + source.Position.Line - 1 : _line;

    /// <summary>How many table cells stand around the node being converted (see <see cref="Convert"/>'s <c>pictures</c>).</summary>
    private int _cellDepth;

    /// <summary>The line of the fragment being converted, for what the conversion itself reports.</summary>
    private int _line;

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
            if (node is IElement { LocalName: "table" } table)
            {
                Flush();
                blocks.AddRange(ConvertTable(table));
                continue;
            }
            if (node is IElement candidate && _cellDepth == 0 && LonePicture(candidate) is { } picture)
            {
                Flush();
                blocks.AddRange(picture);
                continue;
            }
            if (node is IElement element && ToBlock(element) is { } block)
            {
                Flush();
                if (block is not Paragraph { Inlines.Length: 0 }) blocks.Add(block);
                continue;
            }
            if (node is IElement { LocalName: "div" or "section" or "article" or "header" or "footer" or "main" or "aside" or "figure" or "details" or "dl" } wrapper)
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
        "p" or "figcaption" or "dd" or "summary" => new Paragraph(InlineText.Tidy(element.ChildNodes.SelectMany(ToInlines))),
        // A definition list's term is set apart as strong text, its definition a paragraph after it, as text browsers show them.
        "dt" => InlineText.Tidy(element.ChildNodes.SelectMany(ToInlines)) is { Length: > 0 } term
            ? new Paragraph([new Emphasis(EmphasisKind.Strong, term)]) : new Paragraph([]),
        "pre" => (Block?)BodyBlocks.Preformatted(PreformattedLines(element)) ?? new Paragraph([]),
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => (Block?)BodyBlocks.Subhead(element.ChildNodes.SelectMany(ToInlines), element.LocalName[1] - '0') ?? new Paragraph([]),
        "blockquote" => new Quote(ConvertChildren(element)),
        "hr" => new ThematicBreak(),
        "ul" or "ol" => new ListBlock(element.LocalName == "ol",
            [.. element.Children.Where(c => c.LocalName == "li").Select(li => new ListItem(ConvertChildren(li)))]) { Start = ListStart(element) },
        _ => null,
    };

    /// <summary>An &lt;ol&gt;'s <c>start</c> (maybe negative), else 1.</summary>
    private static int ListStart(IElement list) =>
        list.LocalName == "ol" && HtmlInteger(list.GetAttribute("start")) is { } start ? start : 1;

    /// <summary>A &lt;pre&gt;'s text by lines; a newline right after the start tag is not part of it (as HTML reads it).</summary>
    private static string[] PreformattedLines(IElement pre)
    {
        var text = pre.TextContent.Replace("\r\n", "\n").Replace('\r', '\n');
        return (text.StartsWith('\n') ? text[1..] : text).Split('\n');
    }

    /// <summary>
    /// A table: its caption and its rows, header rows first (those of &lt;thead&gt;, else the leading rows of
    /// &lt;th&gt; cells), footer rows last, as a browser shows them. A table without cells keeps its caption as a paragraph.
    /// </summary>
    private IEnumerable<Block> ConvertTable(IElement table)
    {
        var head = new List<IElement>();
        var body = new List<IElement>();
        var foot = new List<IElement>();
        ImmutableArray<Inline> caption = [];
        foreach (var child in table.Children)
        {
            switch (child.LocalName)
            {
                case "caption":
                    var text = InlineText.Tidy(child.ChildNodes.SelectMany(ToInlines));
                    caption = caption.IsEmpty || text.IsEmpty ? [.. caption, .. text] : [.. caption, new LineBreak(), .. text];
                    break;
                case "thead": head.AddRange(child.Children.Where(IsRow)); break;
                case "tfoot": foot.AddRange(child.Children.Where(IsRow)); break;
                case "tbody": body.AddRange(child.Children.Where(IsRow)); break;
                case "tr": body.Add(child); break;
            }
        }
        var headerRows = head.Count > 0 ? head.Count : body.TakeWhile(row => row.Children.Where(IsCell).All(cell => cell.LocalName == "th")).Count();
        List<IElement> rows = [.. head, .. body, .. foot];
        _cellDepth++;
        var converted = rows.Select(row => new TableRow([.. row.Children.Where(IsCell).Select(cell => BodyBlocks.Cell(ConvertChildren(cell)) with
        {
            ColumnSpan = Span(cell, "colspan", 1),
            RowSpan = Span(cell, "rowspan", 0),
            Alignment = AlignmentOf(cell) is var own and not CellAlignment.None ? own : AlignmentOf(row),
        })])).ToList();
        _cellDepth--;
        if (BodyBlocks.Table(converted, headerRows, [], caption, foot.Count) is { } result)
            yield return result;
        else if (caption.Length > 0)
            yield return new Paragraph(caption);
    }

    private static bool IsRow(IElement element) => element.LocalName == "tr";

    private static bool IsCell(IElement element) => element.LocalName is "td" or "th";

    /// <summary>
    /// A cell's <c>colspan</c> or <c>rowspan</c> (a <c>rowspan</c> of 0 reaches the end of its part of the table), 1 when
    /// missing or below <paramref name="least"/>; <see cref="TableGrid.Normalize"/> bounds it.
    /// </summary>
    private static int Span(IElement cell, string attribute, int least) =>
        HtmlInteger(cell.GetAttribute(attribute)) is { } span && span >= least ? span : 1;

    /// <summary>
    /// An attribute's integer as HTML reads it: after white space an optional sign, then the leading digits (up to 9 of
    /// them); null when there are none.
    /// </summary>
    private static int? HtmlInteger(string? value)
    {
        var text = (value ?? "").AsSpan().TrimStart();
        var sign = text is ['-', ..] ? -1 : 1;
        if (text is ['-' or '+', ..]) text = text[1..];
        var digits = text.Length - text.TrimStart("0123456789").Length;
        if (digits == 0) return null;
        return sign * int.Parse(text[..Math.Min(digits, 9)], NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>A cell's or row's <c>align</c> attribute, or the <c>text-align</c> of its style.</summary>
    private static CellAlignment AlignmentOf(IElement element)
    {
        var value = element.GetAttribute("align") ?? StyleTextAlign(element.GetAttribute("style"));
        return value?.Trim().ToLowerInvariant() switch
        {
            "left" or "start" => CellAlignment.Left,
            "center" => CellAlignment.Center,
            "right" or "end" => CellAlignment.Right,
            _ => CellAlignment.None,
        };
    }

    private static string? StyleTextAlign(string? style) =>
        style?.Split(';').Select(declaration => declaration.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim().Equals("text-align", StringComparison.OrdinalIgnoreCase))
            .Select(parts => parts[1]).LastOrDefault();

    private IEnumerable<Inline> ToInlines(INode node)
    {
        if (node is IText text) return [new TextRun(TextCleaning.RemoveControlCharacters(text.Data))];
        if (node is not IElement element) return [];
        var children = element.ChildNodes.SelectMany(ToInlines).ToImmutableArray();
        return element.LocalName switch
        {
            "em" or "i" or "cite" or "dfn" => [new Emphasis(EmphasisKind.Emphasis, children)],
            "strong" or "b" => [new Emphasis(EmphasisKind.Strong, children)],
            "del" or "s" or "strike" => [new Emphasis(EmphasisKind.Deleted, children)],
            "sup" => [new Emphasis(EmphasisKind.Superscript, children)],
            "sub" => [new Emphasis(EmphasisKind.Subscript, children)],
            "code" or "kbd" or "samp" or "var" => AsCode(children),
            "br" => [new LineBreak()],
            "img" => Image(element),
            "a" => Link(element, children),
            "q" => Quoted(element, children),
            "abbr" => Abbreviation(element, children),
            _ => children,
        };
    }

    /// <summary>
    /// The content of a code element (&lt;code&gt;, &lt;kbd&gt;, &lt;samp&gt;, &lt;var&gt;): its text as code, white space collapsed as
    /// HTML shows it; emphasis and links inside it stay around their code.
    /// </summary>
    private static IEnumerable<Inline> AsCode(IEnumerable<Inline> inlines) => inlines.Select(inline => inline switch
    {
        TextRun run => new CodeSpan(TextCleaning.CollapseWhitespaceKeepEnds(run.Text)),
        Emphasis e => e with { Content = [.. AsCode(e.Content)] },
        LinkInline l => l with { Content = [.. AsCode(l.Content)] },
        _ => inline,
    });

    /// <summary>
    /// An abbreviation with its expansion in <c>title</c>, written out after it where the article first uses it,
    /// <c>WHO (World Health Organization)</c>, as a style guide would have it: the outputs show no tooltips, and the
    /// expansion is the author's text too. Not in a heading (its id, which links point to, is made from its text) nor
    /// inside a word (<c>EU-Kommission</c> would read <c>EU (Europäische Union)-Kommission</c>): the next use is written out.
    /// </summary>
    private IEnumerable<Inline> Abbreviation(IElement abbreviation, ImmutableArray<Inline> children)
    {
        var title = TextCleaning.CollapseWhitespaceKeepEnds(TextCleaning.RemoveControlCharacters(abbreviation.GetAttribute("title") ?? "")).Trim();
        var shown = TextCleaning.CollapseWhitespaceKeepEnds(abbreviation.TextContent).Trim();
        if (title.Length == 0 || title == shown || InHeading(abbreviation) || InWord(abbreviation) || !_expanded.Add(shown)) return children;
        return [.. children, new TextRun($" ({title})")];

        static bool InHeading(IElement element) =>
            element.Ancestors<IElement>().Any(a => a.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6");

        static bool InWord(IElement element) => element.NextSibling?.TextContent is [var next, ..] && (char.IsLetterOrDigit(next) || next is '-' or '\u2011');
    }

    /// <summary>
    /// A <c>&lt;q&gt;</c>'s content between the quotation marks of the article's language, as browsers show it; a
    /// <c>&lt;q&gt;</c> inside another gets the inner pair.
    /// </summary>
    private IEnumerable<Inline> Quoted(IElement quote, ImmutableArray<Inline> children)
    {
        var inner = false;
        for (var parent = quote.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName == "q") inner = !inner;
        }
        return [new TextRun(inner ? _quotes.InnerOpen : _quotes.Open), .. children, new TextRun(inner ? _quotes.InnerClose : _quotes.Close)];
    }

    /// <summary>
    /// How the Markdown converter writes a footnote reference into HTML it hands over (a fragment link, which the
    /// sanitiser keeps): <c>{prefix}{number}</c>.
    /// </summary>
    internal const string NoteReferencePrefix = "#publisher-note-reference-";

    private IEnumerable<Inline> Link(IElement element, ImmutableArray<Inline> content)
    {
        var href = element.GetAttribute("href");
        if (href is not null && href.StartsWith(NoteReferencePrefix, StringComparison.Ordinal)
            && int.TryParse(href.AsSpan(NoteReferencePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            return [new NoteReference(number)];
        var url = LinkTargets.Resolve(href, _context.LinkBase);
        if (url is null) return content;
        return [new LinkInline(content, url, _links.Number(href!, url, InlineText.Plain(content), LineOf(element)))];
    }
}
