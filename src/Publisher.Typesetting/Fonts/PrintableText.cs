using System.Collections.Concurrent;
using System.Text;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Fonts;

/// <summary>
/// Keeps a document to the characters its fonts can draw. A character that one of the style's faces
/// has no glyph for (emoji, letters outside the Basic Multilingual Plane, scripts the fonts lack) is
/// printed as U+FFFD � instead of vanishing, and remembered in <see cref="Missing"/> so the caller can
/// say where it came from. Invisible format characters without a glyph (joiners, variation
/// selectors) are left out: they draw nothing anyway. Preformatted text is drawn only in the
/// monospaced family and is checked against its faces alone (box drawing, say, is printable there), as is code in the text.
/// </summary>
public sealed class PrintableText
{
    /// <summary>What a missing character is printed as ('?' with fonts that lack this one too).</summary>
    public const char Replacement = '\uFFFD';
    private const char SoftHyphen = '\u00AD';

    private static readonly ConcurrentDictionary<string, bool[]> BmpTables = new(StringComparer.Ordinal);
    private readonly Glyphs _text; // per BMP character: every face of the style's text families draws it
    private readonly Lazy<Glyphs> _monospaced; // the same for the monospaced family, read at the first <pre> or code
    private readonly ConcurrentDictionary<Rune, byte> _missing = new();

    public PrintableText(TypesettingStyle style)
    {
        _text = Glyphs.Of([style.BodyFamily, style.HeadingFamily, .. style.Classes.Values.Select(c => c.Family).OfType<string>(), style.DecorationFamily]);
        _monospaced = new(() => Glyphs.Of([style.MonospaceFamily]));
    }

    /// <summary>A printability table and what a missing character is printed as with it.</summary>
    private sealed record Glyphs(bool[] Printable, string Replacement)
    {
        public static Glyphs Of(IEnumerable<string> families)
        {
            var faces = families.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)
                .SelectMany(family => new[] { false, true }.SelectMany(bold => new[] { false, true }
                    .Select(italic => FontLibrary.Shared.Resolve(new FontFaceKey(family, bold, italic)))))
                .Distinct().ToArray();
            var printable = BmpTables.GetOrAdd(string.Join("\n", faces.Select(f => f.FaceName)), _ => BmpTable(faces));
            return new Glyphs(printable, printable[PrintableText.Replacement] ? PrintableText.Replacement.ToString() : "?");
        }
    }

    /// <summary>The characters replaced so far, in code point order.</summary>
    public IReadOnlyList<Rune> Missing => [.. _missing.Keys.Order()];

    public string Apply(string text) => Apply(text, _text);

    private string Apply(string text, Glyphs glyphs)
    {
        var printable = glyphs.Printable;
        var firstBad = FirstUnprintable(text, printable);
        if (firstBad < 0) return text;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstBad);
        foreach (var rune in text[firstBad..].EnumerateRunes())
        {
            if (rune.IsBmp && printable[rune.Value]) builder.Append((char)rune.Value);
            else if (IsInvisible(rune)) continue;
            else
            {
                _missing.TryAdd(rune, 0);
                builder.Append(glyphs.Replacement);
            }
        }
        return builder.ToString();
    }

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
                var entries = Map(toc.Entries, entry => Apply(entry.Text) is var text && ReferenceEquals(text, entry.Text) ? entry : entry with { Text = text });
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

    private IReadOnlyList<Inline> Apply(IReadOnlyList<Inline> inlines) => Apply(inlines, _text);

    /// <summary>The runs' text checked against <paramref name="glyphs"/>; code is checked against the monospaced faces it is set in.</summary>
    private IReadOnlyList<Inline> Apply(IReadOnlyList<Inline> inlines, Glyphs glyphs) =>
        Map(inlines, inline => inline is TextRun run && Apply(run.Text, (run.Style & InlineStyle.Code) != 0 ? _monospaced.Value : glyphs) is var text
            && !ReferenceEquals(text, run.Text) ? run with { Text = text } : inline);

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

    private static int FirstUnprintable(string text, bool[] printable)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!printable[text[i]]) return i;
        }
        return -1;
    }

    private static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format
        || rune.Value is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF; // variation selectors

    /// <summary>
    /// Per BMP character: every face has a glyph for it (control characters and the soft hyphen count
    /// as printable, surrogates never). Built by marking each face's cmap ranges, not by looking up
    /// 65,536 characters in every face (a cold digest waited for that).
    /// </summary>
    internal static bool[] BmpTable(FontFaceKey[] faces)
    {
        const int size = 0x10000;
        var coveredByAll = new bool[size];
        Array.Fill(coveredByAll, true);
        var covered = new bool[size];
        foreach (var face in faces)
        {
            Array.Clear(covered);
            foreach (var (first, last) in GlyphCoverage.Of(face).Ranges)
            {
                if (first >= size || last < first) continue;
                covered.AsSpan(Math.Max(first, 0), Math.Min(last, size - 1) - Math.Max(first, 0) + 1).Fill(true);
            }
            for (var c = 0; c < size; c++) coveredByAll[c] &= covered[c];
        }
        var table = new bool[size];
        for (var c = 0; c < size; c++)
        {
            // Surrogates are never printable on their own: the typesetter measures and draws UTF-16 units.
            // The soft hyphen is the line breaker's, never drawn as itself.
            table[c] = !char.IsSurrogate((char)c) && (c < 0x20 || c == SoftHyphen || coveredByAll[c]);
        }
        return table;
    }
}
