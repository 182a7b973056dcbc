using System.Globalization;
using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Markup;

public sealed partial class XhtmlReader
{
    private static readonly HashSet<string> BlockNames =
    [
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "blockquote", "ul", "ol", "hr", "div", "section", "article",
        "header", "footer", "main", "nav", "figure", "table", "pre",
    ];

    private static bool IsBlock(MarkupElement element) => BlockNames.Contains(element.LocalName);

    private static bool IsPageBreak(MarkupElement element) =>
        element.HasClass("page-break") || element.LocalName == "pagebreak";

    /// <summary>A block for the element, or null when it is a plain container to descend into.</summary>
    private Block? ReadBlock(MarkupElement element)
    {
        if (IsPageBreak(element)) return new PageBreak { Attributes = AttributesOf(element, null) };
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                var level = element.LocalName[1] - '0';
                var headingContent = ReadInlineContent(element);
                return new Heading(level, headingContent) { Attributes = AttributesOf(element, headingContent) };
            case "p":
                var content = ReadInlineContent(element);
                return new Paragraph(content) { Attributes = AttributesOf(element, content) };
            case "blockquote":
                return new BlockQuote(ReadBlocks(element)) { Attributes = AttributesOf(element, null) };
            case "ul" or "ol":
                return ReadList(element);
            case "hr" when element.HasClass("space"):
                return new Spacer(12) { Attributes = AttributesOf(element, null) };
            case "hr":
                return new ThematicBreak { Attributes = AttributesOf(element, null) };
            case "pre":
                return ReadPreformatted(element);
            case "nav" when element.HasClass("toc"):
                return ReadToc(element);
            case "div" or "section" or "article" or "header" or "footer" or "main" or "nav":
                return null;
            default:
                Warn(element, $"<{element.LocalName}> is not in the subset; its text is set as a paragraph");
                var text = ReadInlineContent(element);
                return new Paragraph(text) { Attributes = AttributesOf(element, text) };
        }
    }

    /// <summary>
    /// &lt;pre&gt;: its text as written (white space kept), inline markup read as anywhere else. Trailing
    /// white space is dropped (a final newline before &lt;/pre&gt; opens no empty line); the newline right
    /// after &lt;pre&gt; is already gone (<see cref="MarkupTree"/>, as in HTML).
    /// </summary>
    private Preformatted ReadPreformatted(MarkupElement element)
    {
        var content = new List<Inline>();
        foreach (var child in element.Children) ReadInline(child, InlineStyle.None, null, content, keepWhiteSpace: true);
        while (content.Count > 0 && content[^1] is TextRun last && last.Text.TrimEnd() is var trimmed && trimmed.Length < last.Text.Length)
        {
            if (trimmed.Length > 0) content[^1] = last with { Text = trimmed };
            else content.RemoveAt(content.Count - 1);
        }
        return new Preformatted(content) { Attributes = AttributesOf(element, content) }; // with the ids inside it
    }

    private ListBlock ReadList(MarkupElement element)
    {
        var items = new List<ListItem>();
        foreach (var child in element.Elements)
        {
            if (child.LocalName != "li")
            {
                Warn(child, $"<{child.LocalName}> inside <{element.LocalName}> is not a list item; ignored");
                continue;
            }
            List<Block> blocks = [.. ReadContainer(child)]; // an li's id and language go to its blocks, as a div's
            items.Add(new ListItem(blocks) { Marker = TakeBallotBox(blocks) });
        }
        return new ListBlock(element.LocalName == "ol", items) { Start = ListStart(element), Attributes = AttributesOf(element, null) };
    }

    /// <summary>An &lt;ol&gt;'s <c>start</c> (an integer, maybe negative), else 1; one that is not a number is a warning.</summary>
    private int ListStart(MarkupElement list)
    {
        if (list.LocalName != "ol" || list.GetAttribute("start") is not { } value) return 1;
        if (int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var start)) return start;
        Warn(list, $"start=\"{value}\" is not a number; the list starts at 1");
        return 1;
    }

    /// <summary>
    /// The ballot box (☐ ☑ ☒) a list item's text starts with, taken out of the text to be its marker (a task list's item:
    /// the box stands where a bullet would); null, and the text left as it is, when it starts otherwise or is only the box.
    /// </summary>
    private static string? TakeBallotBox(List<Block> blocks)
    {
        if (blocks is not [Paragraph { Content: [TextRun { Text: [>= '\u2610' and <= '\u2612' and var box, ..] } first, ..] } paragraph, ..]) return null;
        var rest = first.Text[1..];
        if (rest.Length > 0 && !char.IsWhiteSpace(rest[0])) return null;
        List<Inline> content = [.. paragraph.Content];
        rest = rest.TrimStart();
        if (rest.Length > 0) content[0] = first with { Text = rest };
        else content.RemoveAt(0);
        if (content.Count == 0) return null;
        blocks[0] = paragraph with { Content = content };
        return box.ToString();
    }

    /// <summary>&lt;nav class="toc"&gt; with links to anchors; an entry's level is its li's data-level or its nesting depth.</summary>
    private TableOfContents ReadToc(MarkupElement nav)
    {
        var entries = new List<TocEntry>();
        foreach (var link in nav.Descendants())
        {
            if (link.LocalName != "a" || link.GetAttribute("href") is null) continue;
            var href = link.GetAttribute("href") ?? "";
            if (!href.StartsWith('#') || href.Length < 2)
            {
                Warn(link, $"table-of-contents link '{href}' does not point at an anchor (#id); ignored");
                continue;
            }
            var item = link.Closest("li");
            var level = item?.GetAttribute("data-level") is { } value && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : Math.Max(1, ListDepth(link, nav));
            entries.Add(new TocEntry(Collapse(link.TextContent), href[1..], level));
        }
        return new TableOfContents(entries) { Attributes = AttributesOf(nav, null) };
    }

    /// <summary>How many lists enclose <paramref name="element"/> inside <paramref name="container"/>.</summary>
    private static int ListDepth(MarkupElement element, MarkupElement container)
    {
        var depth = 0;
        for (var ancestor = element.Parent; ancestor is not null && ancestor != container; ancestor = ancestor.Parent)
            if (ancestor.LocalName is "ul" or "ol") depth++;
        return depth;
    }

    /// <summary>The element's attributes; <paramref name="content"/> names an untitled bookmark (its plain text is made only then).</summary>
    private BlockAttributes AttributesOf(MarkupElement element, IReadOnlyList<Inline>? content)
    {
        Bookmark? bookmark = null;
        if (element.GetAttribute("data-bookmark") is { } title)
        {
            var level = element.GetAttribute("data-bookmark-level") is { } value
                        && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
                ? parsed
                : element.LocalName is ['h', >= '1' and <= '6'] ? element.LocalName[1] - '0' : 1;
            var label = string.IsNullOrWhiteSpace(title) ? content is null ? "" : PlainText(content) : Collapse(title);
            if (label.Length > 0) bookmark = new Bookmark(label, level);
            else Warn(element, "data-bookmark without a title on an element without text; ignored");
        }
        var attributes = new BlockAttributes(
            NullIfEmpty(element.Id),
            NullIfEmpty(element.ClassName),
            NullIfEmpty(element.GetAttribute("lang")),
            bookmark,
            NullIfEmpty(element.GetAttribute("data-section")),
            content is null ? null : InlineIds(element.Children),
            DirectionOf(element));
        return attributes == BlockAttributes.None ? BlockAttributes.None : attributes;
    }

    /// <summary>The element's <c>dir</c>: <c>rtl</c> or <c>ltr</c>; anything else (<c>auto</c>) leaves the enclosing direction.</summary>
    private static TextDirection? DirectionOf(MarkupElement element) => element.GetAttribute("dir")?.Trim().ToLowerInvariant() switch
    {
        "rtl" => TextDirection.RightToLeft,
        "ltr" => TextDirection.LeftToRight,
        _ => null,
    };

    /// <summary>The ids of the elements in a block's inline content (null when none has one).</summary>
    private static List<string>? InlineIds(IEnumerable<MarkupNode> nodes)
    {
        List<string>? ids = null;
        foreach (var element in nodes.OfType<MarkupElement>().SelectMany(e => e.Descendants().Prepend(e)))
        {
            if (NullIfEmpty(element.Id) is { } id) (ids ??= []).Add(id);
        }
        return ids;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
