using Publisher.Typesetting.Document;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Markup;

/// <summary>
/// Reads the typesetter's XHTML subset (see Markup/README.md) into blocks. Unknown elements are
/// reported as warnings and read for their content; nothing in the markup can make the reader throw.
/// </summary>
public sealed partial class XhtmlReader
{
    private readonly string _source;
    private readonly List<MarkupDiagnostic> _diagnostics = [];
    private readonly Func<string, PictureImage?>? _pictures;

    private XhtmlReader(string source, Func<string, PictureImage?>? pictures)
    {
        _source = source;
        _pictures = pictures;
    }

    /// <summary>
    /// Reads <paramref name="markup"/>; <paramref name="source"/> names it in diagnostics. <paramref name="pictures"/>
    /// gives the image an &lt;img src&gt; shows (null: none; without it every picture is set as its alt text).
    /// </summary>
    public static MarkupResult Read(string markup, string source, TypesettingStyle baseStyle, Func<string, PictureImage?>? pictures = null) =>
        Read(MarkupTree.Parse(markup), source, baseStyle, pictures);

    internal static MarkupResult Read(MarkupElement html, string source, TypesettingStyle baseStyle, Func<string, PictureImage?>? pictures = null)
    {
        var reader = new XhtmlReader(source, pictures);
        var body = html.FirstChild("body");
        if (body is null) return new MarkupResult([], baseStyle, null, [new(source, 1, 1, Severity.Error, "no <body> element")]);
        var style = reader.ReadStyle(body, baseStyle);
        var language = html.GetAttribute("lang") ?? body.GetAttribute("lang");
        var blocks = reader.ReadBlocks(body);
        return new MarkupResult(blocks, style, language, reader._diagnostics);
    }

    private List<Block> ReadBlocks(MarkupElement container)
    {
        var blocks = new List<Block>();
        var pendingInline = new List<MarkupNode>();
        foreach (var node in container.Children)
        {
            if (node is MarkupElement element && (IsBlock(element) || element.LocalName == "img"))
            {
                FlushInline(pendingInline, blocks);
                if (element.LocalName is "figure" or "img" or "p" && ReadFigure(element) is { } figure) blocks.AddRange(figure);
                else if (element.LocalName == "table" && !IsPageBreak(element)) blocks.AddRange(ReadTable(element)); // with its caption
                else if (ReadBlock(element) is { } block) blocks.Add(block);
                else if (element.LocalName is "div" or "section" or "article" or "header" or "footer" or "main" or "nav")
                    blocks.AddRange(ReadContainer(element));
            }
            else pendingInline.Add(node);
        }
        FlushInline(pendingInline, blocks);
        return blocks;
    }

    private void FlushInline(List<MarkupNode> nodes, List<Block> blocks)
    {
        if (nodes.Count == 0) return;
        var content = new List<Inline>();
        foreach (var node in nodes) ReadInline(node, InlineStyle.None, null, content);
        var ids = InlineIds(nodes);
        nodes.Clear();
        if (content.Any(i => i is TextRun run && !string.IsNullOrWhiteSpace(run.Text)))
            blocks.Add(new Paragraph(Trim(content)) { Attributes = ids is null ? BlockAttributes.None : new BlockAttributes(InlineIds: ids) });
    }

    private IEnumerable<Block> ReadContainer(MarkupElement element)
    {
        var children = ReadBlocks(element);
        var attributes = AttributesOf(element, null);
        if (children.Count > 0 && element.LocalName is "article" or "section")
        {
            // Kept together in the tagged PDF's structure tree: an Art or Sect element above the container's blocks.
            var group = new StructureGroup(element.LocalName == "article" ? "Art" : "Sect", attributes.Language);
            for (var i = 0; i < children.Count; i++)
            {
                var own = children[i].Attributes;
                children[i] = children[i] with { Attributes = own with { Groups = [group, .. own.Groups ?? []] } };
            }
        }
        if (attributes == BlockAttributes.None || children.Count == 0) return children;
        if (attributes.Language is not null || attributes.Direction is not null)
        {
            // A container's language and direction hold for all its blocks.
            for (var i = 0; i < children.Count; i++)
            {
                var own = children[i].Attributes;
                children[i] = children[i] with
                {
                    Attributes = own with { Language = own.Language ?? attributes.Language, Direction = own.Direction ?? attributes.Direction },
                };
            }
        }
        // A container's id, section and bookmark go to its first block.
        var first = children[0];
        children[0] = first with { Attributes = first.Attributes.Inside(attributes) };
        return children;
    }

    private MarkupDiagnostic Warn(MarkupElement element, string message)
    {
        var diagnostic = new MarkupDiagnostic(_source, element.Line, element.Column, Severity.Warning, message);
        _diagnostics.Add(diagnostic);
        return diagnostic;
    }
}
