using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.SmartyPants;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Model;
using Publisher.Core.Parsing.Html;
using Publisher.Core.Parsing.Markdown.Punctuation;
using MdLink = Markdig.Syntax.Inlines.LinkInline;
using ModelLink = Publisher.Core.Model.LinkInline;
using Block = Publisher.Core.Model.Block;
using Inline = Publisher.Core.Model.Inline;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using Table = Publisher.Core.Model.Table;
using TableRow = Publisher.Core.Model.TableRow;

namespace Publisher.Core.Parsing.Markdown;

/// <summary>
/// Markdig's syntax tree to model blocks. Blocks that carry raw HTML go through
/// <see cref="HtmlFragmentConverter"/> (sanitised, then mapped); everything else maps directly, pipe tables and code
/// blocks included.
/// </summary>
public sealed partial class MarkdownBodyConverter
{
    private static readonly MarkdownPipeline Pipeline = Builder().Build();

    /// <summary>
    /// <see cref="Pipeline"/> with SmartyPants' quotes and dashes (<see cref="SmartPunctuationExtension"/>): one for every
    /// article, whatever its language, as <see cref="SmartPunctuation"/> chooses the marks.
    /// </summary>
    private static readonly MarkdownPipeline SmartPipeline = Builder().Use(new SmartPunctuationExtension()).Build();

    private static MarkdownPipelineBuilder Builder() => new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation().UsePipeTables().UseEmphasisExtras(EmphasisExtraOptions.Strikethrough).UseFootnotes()
        .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true }).UseTaskLists().Use(new LeadingTaskMarks());

    private readonly ParseContext _context;
    private readonly SmartPunctuation _punctuation;
    private readonly MarkdownPipeline _pipeline;
    private readonly int _lineOffset;
    private readonly LinkNumbering _links = new();
    private readonly HtmlFragmentConverter _html;

    /// <summary>How many quotes, lists and notes stand around the block being converted.</summary>
    private int _depth;

    /// <summary>How many table cells stand around the block being converted: a cell holds text only, so an image there keeps its alt text.</summary>
    private int _cellDepth;

    /// <summary>The first line whose blocks stand deeper than <see cref="BlockNesting.MaxDepth"/>, for the warning.</summary>
    private int? _tooDeepLine;

    /// <param name="punctuation">How the article's straight quotes, dashes and dots are set (in its language, or as written).</param>
    public MarkdownBodyConverter(ParseContext context, int lineOffset, SmartPunctuation punctuation)
    {
        _context = context;
        _lineOffset = lineOffset;
        _punctuation = punctuation;
        _pipeline = punctuation.IsOn ? SmartPipeline : Pipeline;
        _html = new HtmlFragmentConverter(context, _links, punctuation.Quotes);
    }

    public ImmutableArray<ArticleLink> Links => _links.ToLinks();

    /// <summary>The link targets written relative to the article's page, with their lines (<see cref="LinkNumbering.RelativeLinks"/>).</summary>
    public IReadOnlyList<RelativeLink> RelativeLinks => _links.RelativeLinks;

    /// <summary>
    /// The model blocks of <paramref name="markdown"/>; null, with an error on the line where the limit is passed, when
    /// it is nested deeper than <see cref="MarkdownPipeline.MaximumNestingDepth"/> (Markdig refuses to follow such input).
    /// </summary>
    public ImmutableArray<Block>? Convert(string markdown)
    {
        if (Parse(markdown, _pipeline) is not { } document)
        {
            _context.Diagnostics.Error(_context.RelativePath, _lineOffset + FirstTooDeepLine(markdown, _pipeline),
                $"nested more than {Pipeline.MaximumNestingDepth} levels deep (block quotes, lists, emphasis or links inside one another): "
                + "no output can follow that; this file is skipped");
            return null;
        }
        var blocks = BlockNesting.Flatten(WithUnreferencedNotes(document, ConvertBlocks(document)), BlockNesting.MaxDepth, out var flattened);
        if (flattened) _context.Diagnostics.Warning(_context.RelativePath, _tooDeepLine ?? _lineOffset + 1, BlockNesting.FlattenedMessage);
        return blocks;
    }

    /// <summary>Markdig's syntax tree, or null when the input is nested deeper than the pipeline allows.</summary>
    private static MarkdownDocument? Parse(string markdown, MarkdownPipeline pipeline)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException)
        {
            // The pipeline is fixed and the text is any string: Markdig throws this only for its nesting limit
            // ("Markdown elements in the input are too deeply nested").
            return null;
        }
    }

    /// <summary>
    /// The 1-based line of <paramref name="markdown"/> (which <see cref="Parse"/> refuses) whose addition makes the text
    /// too deep: the shortest run of leading lines Markdig refuses, found by halving. Only a refused file pays for it.
    /// </summary>
    private static int FirstTooDeepLine(string markdown, MarkdownPipeline pipeline)
    {
        var lineEnds = new List<int>();
        for (var i = markdown.IndexOf('\n'); i >= 0; i = markdown.IndexOf('\n', i + 1)) lineEnds.Add(i);
        if (lineEnds.Count == 0 || lineEnds[^1] != markdown.Length - 1) lineEnds.Add(markdown.Length);
        var (low, high) = (1, lineEnds.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Parse(markdown[..lineEnds[middle - 1]], pipeline) is null) high = middle;
            else low = middle + 1;
        }
        return low;
    }

    /// <summary>
    /// <paramref name="blocks"/> with the footnotes nothing refers to added to the notes, numbered after the others, each
    /// with a warning: Markdig leaves them out of the document, and nothing the user wrote is dropped unsaid.
    /// </summary>
    private ImmutableArray<Block> WithUnreferencedNotes(MarkdownDocument document, ImmutableArray<Block> blocks)
    {
        var unreferenced = document.GetLinkReferenceDefinitions(addGroup: false).Links.Values
            .OfType<FootnoteLinkReferenceDefinition>().Select(definition => definition.Footnote)
            .Where(note => note.Order < 0).Distinct().OrderBy(note => note.Line).ToList();
        if (unreferenced.Count == 0) return blocks;
        var notes = blocks is [.., Notes last] ? last.Items : [];
        var added = notes.ToBuilder();
        _depth++; // inside the notes
        foreach (var note in unreferenced)
        {
            _context.Diagnostics.Warning(_context.RelativePath, LineOf(note), $"footnote [{note.Label}] is never referred to; it is kept after the other notes");
            added.Add(new Note(added.Count + 1, ConvertBlocks(note)));
        }
        _depth--;
        return [.. blocks is [.., Notes] ? blocks[..^1] : blocks, new Notes(added.ToImmutable())];
    }

    private int LineOf(MarkdownObject node) => node.Line + 1 + _lineOffset;

    private ImmutableArray<Block> ConvertBlocks(ContainerBlock container)
    {
        var result = ImmutableArray.CreateBuilder<Block>(container.Count);
        foreach (var block in container) ConvertBlock(block, result);
        return result.DrainToImmutable();
    }

    /// <summary>Adds the model blocks of <paramref name="block"/> (none, one or more) to <paramref name="into"/>.</summary>
    private void ConvertBlock(Markdig.Syntax.Block block, ImmutableArray<Block>.Builder into)
    {
        switch (block)
        {
            case ParagraphBlock paragraph when _cellDepth == 0 && LoneImage(paragraph) is { } image:
                var alt = InlineText.Plain(InlineText.Tidy(CollectionsMarshal.AsSpan(ConvertInlines(image))));
                // The title is text, punctuated as the paragraph around it would be (as a front matter title is).
                var caption = image.Title is { } title ? HeadlineText.Punctuated(title, LineOf(image), _context, _punctuation) : null;
                into.AddRange(PictureBlocks.Of(image.Url, alt, PictureBlocks.Caption(caption), LineOf(image), _context));
                break;
            case HtmlBlock html:
                AddHtml(_html.Convert(html.Lines.ToString(), LineOf(html)), html, into);
                break;
            case LeafBlock { Inline: { } inline } leaf when ContainsHtml(inline):
                AddHtml(_html.Convert(RenderHtml(leaf), LineOf(leaf), pictures: _cellDepth == 0), leaf, into);
                break;
            case ParagraphBlock paragraph:
                var inlines = InlineText.Tidy(CollectionsMarshal.AsSpan(ConvertInlines(paragraph.Inline)));
                if (inlines.Length > 0) into.Add(new Paragraph(inlines));
                ReportUndefinedNotes(inlines, paragraph);
                break;
            case HeadingBlock heading:
                var subhead = BodyBlocks.Subhead(ConvertInlines(heading.Inline), heading.Level);
                if (subhead is null) break;
                into.Add(subhead);
                ReportUndefinedNotes(subhead.Inlines, heading);
                break;
            case QuoteBlock quote:
                Enter(quote);
                into.Add(new Quote(ConvertBlocks(quote)));
                _depth--;
                break;
            case Markdig.Syntax.ListBlock list:
                Enter(list);
                into.Add(new Model.ListBlock(list.IsOrdered, [.. list.OfType<ListItemBlock>().Select(i => new ListItem(ConvertBlocks(i)) { Task = TaskOf(i) })])
                {
                    // CommonMark allows up to 9 digits: the number always fits.
                    Start = list.IsOrdered && int.TryParse(list.OrderedStart, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var start) ? start : 1,
                });
                _depth--;
                break;
            case FootnoteGroup group:
                Enter(group);
                var notes = group.OfType<Footnote>().Select(note => new Note(note.Order, ConvertBlocks(note))).ToImmutableArray();
                _depth--;
                if (notes.Length > 0) into.Add(new Notes(notes));
                break;
            case MdTable table:
                if (ConvertTable(table) is { } converted) into.Add(converted);
                break;
            case ThematicBreakBlock:
                into.Add(new ThematicBreak());
                break;
            case CodeBlock code:
                if (BodyBlocks.Preformatted(CodeLines(code)) is { } preformatted) into.Add(preformatted);
                break;
            case ContainerBlock other:
                into.AddRange(ConvertBlocks(other));
                break;
        }
    }

    /// <summary>
    /// The image <paramref name="paragraph"/> holds and nothing else (<c>![alt](src "title")</c>, <c>![alt][ref]</c>): a
    /// picture of its own. A link around it (a thumbnail linking to a larger copy) is dropped: a picture block holds no
    /// link, and what the reader came for is the picture. Raw HTML in the alt text sends the paragraph to the HTML
    /// converter, which finds the same picture there.
    /// </summary>
    private static MdLink? LoneImage(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is not { FirstChild: { NextSibling: null } only } inline || ContainsHtml(inline)) return null;
        if (only is MdLink { IsImage: false, FirstChild: { NextSibling: null } inner }) only = inner;
        return only is MdLink { IsImage: true } image ? image : null;
    }

    /// <summary>
    /// A list item's task mark: GFM's <c>[ ]</c> or <c>[x]</c>, which is read only at the start of its first paragraph
    /// (<see cref="LeadingTaskMarks"/>).
    /// </summary>
    private static TaskMark TaskOf(ListItemBlock item) =>
        item.Count > 0 && item[0] is ParagraphBlock { Inline.FirstChild: TaskList task } ? task.Checked ? TaskMark.Done : TaskMark.Open : TaskMark.None;

    /// <summary>One level deeper, into <paramref name="container"/>; notes its line when that is too deep.</summary>
    private void Enter(ContainerBlock container)
    {
        if (++_depth > BlockNesting.MaxDepth) _tooDeepLine ??= LineOf(container);
    }

    /// <summary>Adds the blocks of raw HTML; notes its line when they stand too deep.</summary>
    private void AddHtml(ImmutableArray<Block> blocks, Markdig.Syntax.Block source, ImmutableArray<Block>.Builder into)
    {
        if (_depth + BlockNesting.Depth(blocks) > BlockNesting.MaxDepth) _tooDeepLine ??= LineOf(source);
        into.AddRange(blocks);
    }

    /// <summary>
    /// Reports a footnote reference with no note (<c>[^x]</c> with no <c>[^x]:</c>, a mistyped label, say): Markdig
    /// leaves it as text, which every output then shows as written.
    /// </summary>
    private void ReportUndefinedNotes(ImmutableArray<Inline> inlines, MarkdownObject node)
    {
        if (inlines.IsEmpty) return;
        var text = InlineText.Plain(inlines);
        if (!text.Contains("[^", StringComparison.Ordinal)) return;
        foreach (var label in UndefinedNote().Matches(text).Select(m => m.Value).Distinct())
            _context.Diagnostics.Warning(_context.RelativePath, LineOf(node), $"footnote {label} has no note ([^…]: at the start of a line); it is kept as written");
    }

    [GeneratedRegex(@"\[\^[^\]\s]+\]")]
    private static partial Regex UndefinedNote();

    /// <summary>A code block's lines; a fence with nothing after it has none (Markdig leaves the line array unset then).</summary>
    private static IEnumerable<string> CodeLines(CodeBlock code) =>
        code.Lines.Lines is { } lines ? lines.Take(code.Lines.Count).Select(l => l.ToString()) : [];

    /// <summary>A pipe table: its header row heads the columns; a cell's content is kept as inline text.</summary>
    private Table? ConvertTable(MdTable table)
    {
        var rows = table.OfType<MdTableRow>().ToList();
        var headerRows = rows.TakeWhile(row => row.IsHeader).Count();
        _cellDepth++;
        var cells = rows.Select(row => new TableRow([.. row.OfType<MdTableCell>().Select(cell => BodyBlocks.Cell(ConvertBlocks(cell)))])).ToList();
        _cellDepth--;
        var alignments = table.ColumnDefinitions.Select(column => column.Alignment switch
        {
            TableColumnAlign.Left => CellAlignment.Left,
            TableColumnAlign.Center => CellAlignment.Center,
            TableColumnAlign.Right => CellAlignment.Right,
            _ => CellAlignment.None,
        });
        return BodyBlocks.Table(cells, headerRows, alignments);
    }

    private List<Inline> ConvertInlines(ContainerInline? container)
    {
        var inlines = new List<Inline>();
        AddInlines(container, inlines);
        return inlines;
    }

    /// <summary>Appends the model inlines of <paramref name="container"/>'s children to <paramref name="into"/>, in order.</summary>
    private void AddInlines(ContainerInline? container, List<Inline> into)
    {
        if (container is null) return;
        foreach (var inline in container) AddInline(inline, into);
    }

    /// <summary>
    /// Whether an inline stands in a pipe table's cell, where GFM writes a <c>|</c> in code as <c>\|</c> (a bare one ends
    /// the cell) and the backslash is no part of the code; Markdig leaves it in.
    /// </summary>
    private static bool InTableCell(Markdig.Syntax.Inlines.Inline inline)
    {
        var top = inline.Parent;
        while (top?.Parent is not null) top = top.Parent;
        return top?.ParentBlock?.Parent is MdTableCell;
    }

    private void AddInline(Markdig.Syntax.Inlines.Inline inline, List<Inline> into)
    {
        switch (inline)
        {
            case LiteralInline literal:
                AddText(TextCleaning.RemoveControlCharacters(_punctuation.Text(literal)), into, joined: literal.PreviousSibling is SmartyPant);
                break;
            case SmartyPant pant:
                AddText(_punctuation.Text(pant), into, joined: true);
                break;
            case CodeInline code:
                into.Add(new CodeSpan(TextCleaning.RemoveControlCharacters(InTableCell(code) ? code.Content.Replace("\\|", "|", StringComparison.Ordinal) : code.Content)));
                break;
            case HtmlEntityInline entity:
                into.Add(new TextRun(entity.Transcoded.ToString()));
                break;
            case FootnoteLink { IsBackLink: true }:
                break; // the way back from a note: each output writes its own
            case TaskList:
                break; // the item's task mark (TaskOf), not text: LeadingTaskMarks reads one only at an item's start
            case FootnoteLink reference:
                into.Add(new NoteReference(reference.Footnote.Order));
                break;
            case LineBreakInline lineBreak:
                into.Add(lineBreak.IsHard ? new LineBreak() : new TextRun(" "));
                break;
            case EmphasisInline emphasis:
                var kind = emphasis.DelimiterChar == '~' ? EmphasisKind.Deleted
                    : emphasis.DelimiterCount >= 2 ? EmphasisKind.Strong : EmphasisKind.Emphasis;
                into.Add(new Emphasis(kind, [.. ConvertInlines(emphasis)]));
                break;
            case AutolinkInline autolink:
                AddLink(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, [new TextRun(autolink.Url)], autolink, into);
                break;
            case MdLink { IsImage: true } image:
                _context.Diagnostics.Warning(_context.RelativePath, LineOf(image), HtmlFragmentConverter.ImageWarning);
                AddInlines(image, into);
                break;
            case MdLink { IsAutoLink: true } bare when LinkTargets.Resolve(bare.Url, _context.SiteBaseUrl) is null:
                AddInlines(bare, into); // an address in the text that no output may link (ftp://…): it stays text, as written
                break;
            case MdLink link:
                AddLink(link.Url, [.. ConvertInlines(link)], link, into);
                break;
            case DelimiterInline delimiter:
                // A bracket or other delimiter nothing closed is text, as CommonMark reads it.
                into.Add(new TextRun(TextCleaning.RemoveControlCharacters(delimiter.ToLiteral())));
                AddInlines(delimiter, into);
                break;
            case ContainerInline other:
                AddInlines(other, into);
                break;
        }
    }

    /// <summary>
    /// Adds <paramref name="text"/> to <paramref name="into"/>; <paramref name="joined"/> to the text before it, as a
    /// quotation mark or dash and the words around it are one text, not a run each.
    /// </summary>
    private static void AddText(string text, List<Inline> into, bool joined)
    {
        if (joined && into is [.., TextRun before]) into[^1] = new TextRun(before.Text + text);
        else into.Add(new TextRun(text));
    }

    private void AddLink(string? href, ImmutableArray<Inline> content, MarkdownObject node, List<Inline> into)
    {
        var url = LinkTargets.Resolve(href, _context.LinkBase);
        if (url is null)
        {
            _context.Diagnostics.Warning(_context.RelativePath, LineOf(node), $"link target '{href}' is not a safe URL; the link text is kept without the link");
            into.AddRange(content);
            return;
        }
        into.Add(new ModelLink(content, url, _links.Number(href!, url, InlineText.Plain(content), LineOf(node))));
    }
}
