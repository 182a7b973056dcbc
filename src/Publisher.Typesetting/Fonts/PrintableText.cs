using System.Collections.Concurrent;
using System.Text;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Fonts;

/// <summary>
/// Keeps a document to the characters its fonts can draw. Text comes in Unicode form C first (<c>u</c> + U+0308 as
/// <c>ü</c>): with no shaping engine to place a combining mark, the composed letter's own glyph is what prints well, and
/// what the hyphenation patterns know. A character that one of the style's faces has no glyph for
/// but every face of the fallback family has (arrows, mathematical operators, check marks, stars, geometric shapes in
/// DejaVu Sans) is put in a run of its own, set in that family (<see cref="InlineStyle.Fallback"/>), as browsers and
/// LaTeX with fallback fonts do. A character no face has (emoji, letters outside the Basic Multilingual Plane,
/// scripts the fonts lack) is printed as U+FFFD � instead of vanishing, and remembered in <see cref="Missing"/> so the
/// caller can say where it came from. Default-ignorable characters (<see cref="DefaultIgnorable"/>: direction marks,
/// joiners, variation selectors) stay where they are, glyph or not, and are never reported: they are measured and drawn
/// as nothing, and line breaking and shaping read them. Other format characters without a glyph are left out.
/// Preformatted text is drawn only in the monospaced family and is checked against its faces alone (box drawing, say,
/// is printable there), as is code in the text.
/// </summary>
public sealed partial class PrintableText
{
    /// <summary>What a missing character is printed as ('?' with fonts that lack this one too).</summary>
    public const char Replacement = '\uFFFD';
    private const char SoftHyphen = '\u00AD';

    private static readonly ConcurrentDictionary<string, bool[]> BmpTables = new(StringComparer.Ordinal);
    private readonly Glyphs _text; // per BMP character: every face of the style's text families draws it
    private readonly Lazy<Glyphs> _monospaced; // the same for the monospaced family, read at the first <pre> or code
    private readonly Lazy<Glyphs> _fallback; // the same for the fallback family, read at the first character the others lack
    private readonly ConcurrentDictionary<Rune, byte> _missing = new();

    public PrintableText(TypesettingStyle style)
    {
        _text = Glyphs.Of([style.BodyFamily, style.HeadingFamily, .. style.Classes.Values.Select(c => c.Family).OfType<string>(), style.DecorationFamily]);
        _monospaced = new(() => Glyphs.Of([style.MonospaceFamily]));
        _fallback = new(() => Glyphs.Of([style.FallbackFamily]));
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

    /// <summary>
    /// Text drawn in one of the text faces with the fallback face beside it (running headers and footers: the canvas
    /// draws each character the face lacks in the fallback face); only what neither has is replaced.
    /// </summary>
    public string Apply(string text)
    {
        text = Core.Parsing.ComposedText.Of(text);
        var printable = _text.Printable;
        var firstBad = FirstUnprintable(text, printable);
        if (firstBad < 0) return text;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstBad);
        foreach (var rune in text[firstBad..].EnumerateRunes())
        {
            switch (Place(rune, _text))
            {
                case Placement.Own or Placement.Fallback or Placement.Ignorable: Append(builder, rune); break;
                case Placement.Missing: builder.Append(_text.Replacement); break;
            }
        }
        return builder.ToString();
    }

    private enum Placement { Own, Fallback, Ignorable, Invisible, Missing }

    /// <summary>
    /// Where a character goes: its run's faces (<paramref name="glyphs"/>), the fallback face, whichever run it stands
    /// in (a default-ignorable one), nowhere, or a replacement (remembered).
    /// </summary>
    private Placement Place(Rune rune, Glyphs glyphs)
    {
        if (DefaultIgnorable.Contains(rune.Value)) return Placement.Ignorable;
        if (rune.IsBmp && glyphs.Printable[rune.Value]) return Placement.Own;
        if (IsInvisible(rune)) return Placement.Invisible;
        // Surrogate pairs stay replaced: the typesetter measures and draws UTF-16 units (DejaVu Sans has a few emoji).
        if (rune.IsBmp && _fallback.Value.Printable[rune.Value]) return Placement.Fallback;
        _missing.TryAdd(rune, 0);
        return Placement.Missing;
    }

    /// <summary>
    /// <paramref name="run"/> as runs in its own faces (<paramref name="glyphs"/>) and fallback runs for the characters
    /// only the fallback face has, in text order, with missing characters replaced, added to <paramref name="output"/>.
    /// </summary>
    private void Split(TextRun run, Glyphs glyphs, List<Inline> output)
    {
        var text = new StringBuilder(run.Text.Length);
        var count = output.Count;
        var fallback = false;
        foreach (var rune in run.Text.EnumerateRunes())
        {
            var placement = Place(rune, glyphs);
            if (placement == Placement.Invisible) continue;
            if (placement != Placement.Ignorable && (placement == Placement.Fallback) != fallback)
            {
                Flush(run, fallback, text, output);
                fallback = !fallback;
            }
            if (placement == Placement.Missing) text.Append(glyphs.Replacement);
            else Append(text, rune);
        }
        Flush(run, fallback, text, output);
        if (output.Count == count) output.Add(run with { Text = "" });
    }

    /// <summary>A kept character: one UTF-16 unit, or a pair for a default-ignorable one beyond the BMP (a tag, say).</summary>
    private static void Append(StringBuilder builder, Rune rune)
    {
        if (rune.IsBmp) builder.Append((char)rune.Value);
        else builder.Append(rune.ToString());
    }

    private static void Flush(TextRun run, bool fallback, StringBuilder text, List<Inline> output)
    {
        if (text.Length == 0) return;
        output.Add(run with { Text = text.ToString(), Style = fallback ? run.Style | InlineStyle.Fallback : run.Style });
        text.Clear();
    }

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
