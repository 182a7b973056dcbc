using Publisher.Typesetting.Document;
using Publisher.Typesetting.Hyphenation;
using Publisher.Typesetting.LineBreaking;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Layout;

/// <summary>
/// Turns the element tree into flowables for the style's column width: resolves each block's
/// paragraph format (kind, class, language), breaks its lines, indents lists and quotes. Blocks
/// other than tables of contents are composed once and reused by later passes.
/// </summary>
public sealed partial class Composer(TypesettingStyle style, HyphenationLibrary hyphenation, bool useAllCores = true)
{
    private readonly Dictionary<Block, List<Flowable>> _cache = new(ReferenceEqualityComparer.Instance);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<StructureGroup, StructureNode> _groups = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The tagged PDF's root structure element (Document): every flowable's element descends from it. Its language is the
    /// document's (the catalog's /Lang): an element says its own only where the markup gives one that differs.
    /// </summary>
    public StructureNode Root { get; } = StructureNode.Document(null);

    /// <summary>Composes all blocks; <paramref name="pageNumbers"/> are the anchor pages from the previous pass (TOC).</summary>
    public List<Flowable> Compose(IReadOnlyList<Block> blocks, IReadOnlyDictionary<string, int> pageNumbers)
    {
        // Breaking lines is pure work per block: do the blocks not composed yet on every core.
        var missing = blocks.Where(b => b is not TableOfContents && !_cache.ContainsKey(b)).Distinct(ReferenceEqualityComparer.Instance).Cast<Block>().ToArray();
        var composedInParallel = new List<Flowable>[missing.Length];
        Parallel.For(0, missing.Length, new ParallelOptions { MaxDegreeOfParallelism = useAllCores ? -1 : 1 }, i =>
        {
            var output = new List<Flowable>();
            ComposeBlock(missing[i], TopContext(missing[i]), output);
            composedInParallel[i] = output;
        });
        for (var i = 0; i < missing.Length; i++) _cache[missing[i]] = composedInParallel[i];

        var flows = new List<Flowable>();
        foreach (var block in blocks)
        {
            if (block is TableOfContents toc)
            {
                flows.AddRange(ComposeToc(toc, pageNumbers, TopContext(toc).Parent));
                continue;
            }
            if (!_cache.TryGetValue(block, out var composed))
            {
                composed = [];
                ComposeBlock(block, TopContext(block), composed);
                _cache[block] = composed;
            }
            flows.AddRange(composed);
        }
        return flows;
    }

    /// <summary>
    /// Inherited state while descending into quotes and lists. Right to left, quotes and lists indent from the right and
    /// a quote's rule stands right of its text (<see cref="Rule"/>'s offset is from the column's left edge either way).
    /// </summary>
    private sealed record Context(double IndentLeft, double IndentRight, string Language, (double Offset, int Color)? Rule,
        TextDirection Direction, StructureNode Parent)
    {
        public bool RightToLeft => Direction == TextDirection.RightToLeft;
    }

    /// <summary>The context of a block of the document's list: its structure parent is its innermost article or section, else the root.</summary>
    private Context TopContext(Block block) =>
        new(0, 0, style.Language, null, TextDirection.LeftToRight, GroupNode(block.Attributes.Groups, (block.Attributes.Groups?.Count ?? 0) - 1));

    /// <summary>The structure element of groups[index] (an Art or Sect, the same for all its blocks), inside the ones before it.</summary>
    private StructureNode GroupNode(IReadOnlyList<StructureGroup>? groups, int index) =>
        groups is null || index < 0
            ? Root
            : _groups.GetOrAdd(groups[index], group => new StructureNode(group.Role, GroupNode(groups, index - 1), group.Language));

    private void ComposeBlock(Block block, Context context, List<Flowable> output)
    {
        var attributes = block.Attributes;
        if (attributes.Language is { } language) context = context with { Language = language };
        if (attributes.Direction is { } direction) context = context with { Direction = direction };
        switch (block)
        {
            case Paragraph paragraph:
                if (paragraph.Content.Count > 0)
                    output.Add(ComposeText(paragraph.Content, ParagraphFormatFor(attributes, context), attributes, context, null)
                        with { Node = Element("P", attributes, context) });
                break;
            case Heading heading:
                output.Add(ComposeText(heading.Content, HeadingFormatFor(heading.Level, attributes, context), attributes, context, null)
                    with { Node = Element(HeadingRole(heading.Level), attributes, context) });
                break;
            case BlockQuote quote:
                ComposeQuote(quote, context, output);
                break;
            case ListBlock list:
                ComposeList(list, context, output);
                break;
            case PageBreak:
                output.Add(new PageBreakFlow { Attributes = attributes });
                break;
            case Spacer spacer:
                output.Add(new SpacerFlow(spacer.Height) { Attributes = attributes });
                break;
            case ThematicBreak:
                output.Add(ComposeText([new TextRun(style.ThematicBreakMark)], ThematicBreakFormat(attributes, context), attributes, context, null));
                break;
            case TableOfContents toc:
                output.AddRange(ComposeToc(toc, new Dictionary<string, int>(), context.Parent));
                break;
            case Preformatted pre:
                if (pre.Content.Count > 0) output.Add(ComposePreformatted(pre, attributes, context) with { Node = Element("Code", attributes, context) });
                break;
            case PictureBlock figure:
                ComposeFigure(figure, attributes, context, output);
                break;
            case Table table:
                if (ComposeTable(table, attributes, context) is { } tableFlow) output.Add(tableFlow);
                break;
        }
    }

    /// <summary>A block's structure element under the context's, with the block's own language.</summary>
    private static StructureNode Element(string role, BlockAttributes attributes, Context context) =>
        new(role, context.Parent, attributes.Language);

    /// <summary>H1 to H6 (a deeper level is tagged H6, as it is set).</summary>
    private static string HeadingRole(int level) => "H" + Math.Clamp(level, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private TextFlow ComposeText(IReadOnlyList<Inline> content, ParagraphFormat format, BlockAttributes attributes,
        Context context, PlacedText? marker)
    {
        var (indentLeft, width) = Measure(format, context);
        var lines = ParagraphSetter.Set(content, format, width, style.SmallScale, hyphenation);
        return Flow(lines, format, attributes, context, indentLeft, width, marker);
    }

    /// <summary>
    /// Where a block's lines start (from the column's left edge) and how wide they may be. A class's indents are from
    /// the line's start and end: right to left, its left indent is on the right.
    /// </summary>
    private (double IndentLeft, double Width) Measure(ParagraphFormat format, Context context)
    {
        var (start, end) = (format.IndentLeft, format.IndentRight);
        var indentLeft = context.IndentLeft + (context.RightToLeft ? end : start);
        return (indentLeft, style.ColumnWidth - indentLeft - context.IndentRight - (context.RightToLeft ? start : end));
    }

    private TextFlow Flow(IReadOnlyList<LineBox> lines, ParagraphFormat format, BlockAttributes attributes, Context context,
        double indentLeft, double width, PlacedText? marker)
    {
        return new TextFlow
        {
            Attributes = attributes,
            Lines = lines,
            SpaceBefore = format.SpaceBefore,
            SpaceAfter = format.SpaceAfter,
            IndentLeft = indentLeft,
            LineWidth = width,
            KeepWithNext = format.KeepWithNext,
            KeepTogether = format.KeepTogether,
            Orphans = style.Orphans,
            Widows = style.Widows,
            Marker = marker,
            Rule = context.Rule is { } rule ? (rule.Offset - indentLeft, rule.Color) : null,
        };
    }

    private ParagraphFormat BaseFormat(Context context) => new()
    {
        Family = style.BodyFamily,
        Size = style.BodySize,
        MonospaceFamily = style.MonospaceFamily,
        FallbackFamily = style.FallbackFamily,
        LineHeight = style.LineHeight,
        SpaceAfter = style.ParagraphSpacing,
        Language = context.Language,
        Direction = context.Direction,
    };

    private ParagraphFormat ParagraphFormatFor(BlockAttributes attributes, Context context) =>
        ApplyClasses(BaseFormat(context), attributes.ClassName);

    private ParagraphFormat HeadingFormatFor(int level, BlockAttributes attributes, Context context)
    {
        var size = style.HeadingSizes[Math.Clamp(level, 1, style.HeadingSizes.Count) - 1];
        var format = BaseFormat(context) with
        {
            Family = style.HeadingFamily,
            Size = size,
            Bold = true,
            Alignment = TextAlignment.Left,
            LineHeight = 1.2,
            SpaceBefore = size * 0.8,
            SpaceAfter = size * 0.35,
            KeepWithNext = true,
            KeepTogether = true,
            Hyphenate = false,
        };
        return ApplyClasses(format, attributes.ClassName);
    }

    /// <summary>A thematic break's mark: centred in the body face, with about a line of space above and below.</summary>
    private ParagraphFormat ThematicBreakFormat(BlockAttributes attributes, Context context) => ApplyClasses(BaseFormat(context) with
    {
        Alignment = TextAlignment.Center,
        SpaceBefore = style.BodySize * style.LineHeight * 0.6,
        SpaceAfter = style.BodySize * style.LineHeight * 0.6 + style.ParagraphSpacing,
        KeepTogether = true,
        Hyphenate = false,
    }, attributes.ClassName);

    private ParagraphFormat ApplyClasses(ParagraphFormat format, string? classNames)
    {
        if (string.IsNullOrWhiteSpace(classNames)) return format;
        foreach (var name in classNames.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (style.Classes.TryGetValue(name, out var classStyle)) format = classStyle.ApplyTo(format);
        }
        return format;
    }
}
