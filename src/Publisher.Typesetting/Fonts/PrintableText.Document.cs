using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Fonts;

/// <summary>The document walk: every block's runs (and table of contents titles) checked, unchanged parts kept as they are.</summary>
public sealed partial class PrintableText
{
    public TypesetDocument Apply(TypesetDocument document)
    {
        var blocks = Apply(document.Blocks);
        return ReferenceEquals(blocks, document.Blocks) ? document : document with { Blocks = blocks };
    }

    private IReadOnlyList<Block> Apply(IReadOnlyList<Block> blocks) => Map(blocks, Apply);

    private Block Apply(Block block)
    {
        switch (block)
        {
            case Paragraph paragraph:
                var content = Apply(paragraph.Content);
                return Same(content, paragraph.Content) ? block : paragraph with { Content = content };
            case Heading heading:
                var headingContent = Apply(heading.Content);
                return Same(headingContent, heading.Content) ? block : heading with { Content = headingContent };
            case BlockQuote quote:
                var children = Apply(quote.Children);
                return Same(children, quote.Children) ? block : quote with { Children = children };
            case ListBlock list:
                var items = Map(list.Items, item => Apply(item.Children) is var c && Same(c, item.Children) ? item : item with { Children = c });
                return Same(items, list.Items) ? block : list with { Items = items };
            case TableOfContents toc:
                var entries = Map(toc.Entries, Apply);
                return Same(entries, toc.Entries) ? block : toc with { Entries = entries };
            case Preformatted pre:
                var preContent = Apply(pre.Content, _monospaced.Value);
                return Same(preContent, pre.Content) ? block : pre with { Content = preContent };
            case Table table:
                var header = Map(table.Header, Apply);
                var body = Map(table.Body, Apply);
                return Same(header, table.Header) && Same(body, table.Body) ? block : table with { Header = header, Body = body };
            default:
                return block;
        }
    }

    private TableRow Apply(TableRow row)
    {
        var cells = Map(row.Cells, cell => Apply(cell.Content) is var c && Same(c, cell.Content) ? cell : cell with { Content = c });
        return Same(cells, row.Cells) ? row : row with { Cells = cells };
    }

    /// <summary>An entry's title as its runs when part of it is set in the fallback face; its text keeps those characters.</summary>
    private TocEntry Apply(TocEntry entry)
    {
        var title = new TextRun(entry.Text);
        var runs = Apply([title], _text);
        if (runs.Count == 1 && ReferenceEquals(runs[0], title)) return entry;
        var text = string.Concat(runs.Cast<TextRun>().Select(run => run.Text));
        return runs is [TextRun { Style: InlineStyle.None }] ? entry with { Text = text } : entry with { Text = text, Runs = [.. runs.Cast<TextRun>()] };
    }

    private IReadOnlyList<Inline> Apply(IReadOnlyList<Inline> inlines) => Apply(inlines, _text);

    /// <summary>
    /// The runs' text checked against <paramref name="glyphs"/> (code against the monospaced faces it is set in); a run
    /// with characters for the fallback face becomes several. The same list when nothing changed.
    /// </summary>
    private IReadOnlyList<Inline> Apply(IReadOnlyList<Inline> inlines, Glyphs glyphs)
    {
        List<Inline>? changed = null;
        for (var i = 0; i < inlines.Count; i++)
        {
            var inline = Composed(inlines[i]);
            var own = inline is TextRun { Style: var style } && (style & InlineStyle.Code) != 0 ? _monospaced.Value : glyphs;
            if (inline is not TextRun run || FirstUnprintable(run.Text, own.Printable) < 0)
            {
                if (!ReferenceEquals(inline, inlines[i])) changed ??= [.. inlines.Take(i)];
                changed?.Add(inline);
                continue;
            }
            changed ??= [.. inlines.Take(i)];
            Split(run, own, changed);
        }
        return changed ?? inlines;
    }

    /// <summary>A text run in Unicode form C (the same run when it is already).</summary>
    private static Inline Composed(Inline inline) =>
        inline is TextRun run && Core.Parsing.ComposedText.Of(run.Text) is var text && !ReferenceEquals(text, run.Text) ? run with { Text = text } : inline;

    /// <summary>The same list when no element changed (so unchanged documents cost no copies).</summary>
    private static IReadOnlyList<T> Map<T>(IReadOnlyList<T> items, Func<T, T> apply) where T : class
    {
        List<T>? changed = null;
        for (var i = 0; i < items.Count; i++)
        {
            var result = apply(items[i]);
            if (changed is null && ReferenceEquals(result, items[i])) continue;
            changed ??= [.. items.Take(i)];
            changed.Add(result);
        }
        return changed ?? items;
    }

    private static bool Same<T>(IReadOnlyList<T> after, IReadOnlyList<T> before) => ReferenceEquals(after, before);
}
