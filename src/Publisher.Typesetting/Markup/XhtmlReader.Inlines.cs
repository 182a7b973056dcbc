using System.Text;
using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Markup;

public sealed partial class XhtmlReader
{
    private List<Inline> ReadInlineContent(MarkupElement element)
    {
        var content = new List<Inline>();
        foreach (var child in element.Children) ReadInline(child, InlineStyle.None, null, content);
        return Trim(content);
    }

    /// <summary>Reads a node's runs into <paramref name="output"/>; white space is collapsed unless <paramref name="keepWhiteSpace"/> (&lt;pre&gt;).</summary>
    private void ReadInline(MarkupNode node, InlineStyle style, string? link, List<Inline> output, bool keepWhiteSpace = false)
    {
        if (node is MarkupText text)
        {
            var collapsed = keepWhiteSpace ? text.Data : CollapseKeepingEdges(text.Data);
            if (collapsed.Length > 0) output.Add(new TextRun(collapsed, style, link));
            return;
        }
        if (node is not MarkupElement element) return;
        switch (element.LocalName)
        {
            case "em" or "i" or "cite":
                style |= InlineStyle.Italic;
                break;
            case "strong" or "b":
                style |= InlineStyle.Bold;
                break;
            case "small":
                style |= InlineStyle.Small;
                break;
            case "del" or "s" or "strike":
                style |= InlineStyle.Strikethrough;
                break;
            case "sup":
                style = (style & ~InlineStyle.Subscript) | InlineStyle.Superscript;
                break;
            case "sub":
                if ((style & InlineStyle.Superscript) == 0) style |= InlineStyle.Subscript;
                break;
            case "br":
                output.Add(new HardBreak());
                return;
            case "img":
                // A picture inside a line of text is not drawn: its alt text stands in the line (no text is lost).
                if (Collapse(element.GetAttribute("alt") ?? "") is { Length: > 0 } alt) output.Add(new TextRun(alt, style, link));
                return;
            case "a":
                var href = element.GetAttribute("href");
                if (!string.IsNullOrWhiteSpace(href)) link = href.Trim();
                break;
            case "code" or "kbd" or "samp":
                style |= InlineStyle.Code;
                break;
            case "span" or "abbr" or "time" or "q" or "mark" or "u" or "var":
                break;
            default:
                if (IsBlock(element)) Warn(element, $"block <{element.LocalName}> inside a paragraph; set inline");
                else Warn(element, $"<{element.LocalName}> is not in the subset; its text is kept");
                break;
        }
        foreach (var child in element.Children) ReadInline(child, style, link, output, keepWhiteSpace);
    }

    /// <summary>Collapses runs of white space to one space, keeping a leading/trailing one (it separates words).</summary>
    private static string CollapseKeepingEdges(string text)
    {
        if (IsCollapsed(text)) return text;
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (IsCollapsible(c))
            {
                if (!space) builder.Append(' ');
                space = true;
            }
            else
            {
                builder.Append(c);
                space = false;
            }
        }
        return builder.ToString();
    }

    /// <summary>True when no white space needs collapsing: only single ' ' between other characters.</summary>
    private static bool IsCollapsed(string text)
    {
        var space = false;
        foreach (var c in text)
        {
            var white = IsCollapsible(c);
            if (white && (space || c != ' ')) return false;
            space = white;
        }
        return true;
    }

    /// <summary>White space as CSS collapses it (space, tab, line feed, carriage return, form feed); a no-break or
    /// narrow no-break space is a character like any other.</summary>
    private static bool IsCollapsible(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static string Collapse(string text) => CollapseKeepingEdges(text).Trim(' ');

    private static List<Inline> Trim(List<Inline> content)
    {
        if (content.Count > 0 && content[0] is TextRun first)
            content[0] = first with { Text = first.Text.TrimStart(' ') };
        if (content.Count > 0 && content[^1] is TextRun last)
            content[^1] = last with { Text = last.Text.TrimEnd(' ') };
        content.RemoveAll(i => i is TextRun { Text.Length: 0 });
        return content;
    }

    private static string PlainText(IEnumerable<Inline> content) =>
        Collapse(string.Concat(content.Select(i => i is TextRun run ? run.Text : " ")));
}
