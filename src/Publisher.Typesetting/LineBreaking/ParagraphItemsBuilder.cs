using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.Hyphenation;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.LineBreaking;

/// <summary>
/// Turns a paragraph's inline runs into boxes, glue and penalties: words become boxes (split at
/// hyphenation points when a hyphenator is given, never inside code), spaces become glue sized from the space of the run they stand in,
/// &lt;br/&gt; and the paragraph end become forced breaks after filling glue.
/// </summary>
/// <remarks>A word wider than the measure may break at its hyphenation points (even in the first,
/// unhyphenated pass) and, as a last resort, between any two characters.</remarks>
public sealed class ParagraphItemsBuilder(ParagraphFormat format, double smallScale, double lineWidth, IHyphenator? longWordHyphenator = null)
{
    public const int LinkColor = 0x1A4D8F;
    private const double StretchPerSpace = 0.5;
    private const double ShrinkPerSpace = 0.33;

    private readonly List<PieceText> _word = [];
    private readonly List<bool> _wordIsCode = []; // per piece of _word: inline code, which is never hyphenated
    private readonly List<PieceText> _single = [];
    private readonly List<BreakOpportunity> _breaks = [];
    private FontFaceKey _metricsFace;
    private FontMetrics? _metrics;

    /// <summary>The metrics of a face, remembered for the last face asked (runs rarely change face).</summary>
    private FontMetrics MetricsOf(FontFaceKey face)
    {
        if (_metrics is null || !face.Equals(_metricsFace))
        {
            _metrics = FontMetrics.For(face);
            _metricsFace = face;
        }
        return _metrics;
    }

    public ItemList Build(IReadOnlyList<Inline> content, IHyphenator? hyphenator) =>
        Build(content, hyphenator, new ItemList(EstimatedItems(content)));

    /// <summary>Fills <paramref name="list"/> (cleared first), so a caller can reuse one list for many paragraphs.</summary>
    public ItemList Build(IReadOnlyList<Inline> content, IHyphenator? hyphenator, ItemList list)
    {
        list.Clear();
        TextPiece? lastStyle = null;
        TextPiece? spaceStyle = null;
        var pendingSpace = false;
        foreach (var inline in content)
        {
            if (inline is HardBreak)
            {
                FlushWord(list, hyphenator);
                pendingSpace = false;
                EndLine(list);
                continue;
            }
            var run = (TextRun)inline;
            var style = StyleOf(run, format, smallScale);
            var isCode = (run.Style & InlineStyle.Code) != 0;
            var text = run.Text;
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var isSpace = i < text.Length && IsCollapsibleSpace(text[i]);
                if (i < text.Length && !isSpace) continue;
                if (i > start)
                {
                    if (pendingSpace && _word.Count == 0 && lastStyle is not null && list.Items.Count > 0
                        && list.Items[^1].Kind != ItemKind.Penalty)
                        AddGlue(list, spaceStyle ?? lastStyle);
                    pendingSpace = false;
                    _word.Add(new PieceText(text, start, i - start, style));
                    _wordIsCode.Add(isCode);
                    lastStyle = style;
                }
                if (isSpace)
                {
                    if (_word.Count > 0) FlushWord(list, hyphenator);
                    pendingSpace = true;
                    spaceStyle = style;
                }
                start = i + 1;
            }
        }
        FlushWord(list, hyphenator);
        EndLine(list);
        return list;
    }

    /// <summary>About one box and one glue per word of six letters, plus the closing items.</summary>
    private static int EstimatedItems(IReadOnlyList<Inline> content)
    {
        var characters = 0;
        foreach (var inline in content)
        {
            if (inline is TextRun run) characters += run.Text.Length;
        }
        return characters / 3 + 4;
    }

    /// <summary>
    /// The face, size, colour, link, strikethrough and rise a run is drawn in, within a block of <paramref name="format"/>.
    /// Superscript and subscript text is scaled and moved as the face's OS/2 table says (<see cref="ScriptPlacement"/>);
    /// code is set in the monospaced family, scaled so its x-height is the block face's. A fallback run takes the size and
    /// placement the run would have in its own face, in the fallback family.
    /// </summary>
    internal static TextPiece StyleOf(TextRun run, ParagraphFormat format, double smallScale)
    {
        // Bit tests rather than HasFlag, which boxes the enum until the method is optimised.
        var bold = format.Bold || (run.Style & InlineStyle.Bold) != 0;
        var italic = format.Italic ^ (run.Style & InlineStyle.Italic) != 0;
        var size = (run.Style & InlineStyle.Small) != 0 ? format.Size * smallScale : format.Size;
        var color = run.Link is not null && !run.IsInternalLink ? LinkColor : format.Color;
        var struck = (run.Style & InlineStyle.Strikethrough) != 0;
        var face = new FontFaceKey(format.Family, bold, italic);
        if ((run.Style & InlineStyle.Code) != 0 && !string.Equals(format.Family, format.MonospaceFamily, StringComparison.OrdinalIgnoreCase))
        {
            var code = new FontFaceKey(format.MonospaceFamily, bold, italic);
            size *= FontMetrics.For(face).XHeight / FontMetrics.For(code).XHeight;
            face = code;
        }
        double rise = 0;
        if ((run.Style & (InlineStyle.Superscript | InlineStyle.Subscript)) != 0)
        {
            var scripts = FontMetrics.For(face).Scripts;
            var super = (run.Style & InlineStyle.Superscript) != 0;
            rise = super ? scripts.SuperscriptRise * size / 1000 : -scripts.SubscriptDrop * size / 1000;
            size *= super ? scripts.SuperscriptScale : scripts.SubscriptScale;
        }
        if ((run.Style & InlineStyle.Fallback) != 0) face = new FontFaceKey(format.FallbackFamily, bold, italic);
        return new TextPiece("", face, size, color, run.Link, struck, rise);
    }

    private static bool IsCollapsibleSpace(char c) => c != '\u00A0' && c != '\u2007' && c != '\u202F' && char.IsWhiteSpace(c);

    private void AddGlue(ItemList list, TextPiece style)
    {
        var space = MetricsOf(style.Face).Width(' ', style.Size);
        var ragged = format.Alignment != TextAlignment.Justify;
        list.Pieces.Add(new PieceText(" ", style));
        list.Items.Add(Item.Glue(space, space * StretchPerSpace, ragged ? 0 : space * ShrinkPerSpace, list.Pieces.Count - 1));
    }

    private static void EndLine(ItemList list)
    {
        while (list.Items.Count > 0 && list.Items[^1].Kind == ItemKind.Glue) list.Items.RemoveAt(list.Items.Count - 1);
        list.Items.Add(Item.Glue(0, Item.Fill, 0, -1));
        list.Items.Add(Item.ForcedBreak);
    }

    private void FlushWord(ItemList list, IHyphenator? hyphenator)
    {
        if (_word.Count == 0) return;
        if (_word.Count == 1 && TryEmitPlainWord(list, hyphenator)) return;
        var segments = new List<PieceText>(_word.Count);
        var softHyphens = new List<int>();
        var length = 0;
        foreach (var piece in _word)
        {
            var (clean, offsets) = WordSplitter.RemoveSoftHyphens(piece.Text);
            // A loop, not a lambda: a closure over length would be allocated on every call, plain words too.
            foreach (var offset in offsets) softHyphens.Add(offset + length);
            segments.Add(new PieceText(clean, piece.Style));
            length += clean.Length;
        }
        _word.Clear();
        var word = string.Concat(segments.Select(s => s.Source));
        double width = 0;
        foreach (var segment in segments) width += MetricsOf(segment.Style.Face).Width(segment.Source, segment.Style.Size);
        var breaks = width > lineWidth
            ? [.. WordSplitter.Find(word, hyphenator ?? longWordHyphenator, softHyphens), .. WordSplitter.Everywhere(word)]
            : WordSplitter.Find(word, hyphenator, softHyphens);
        breaks = CodeText.WithoutHyphens(segments, _wordIsCode, breaks);
        _wordIsCode.Clear();
        EmitWord(list, segments, RaisedText.KeepTogether(segments, breaks));
    }

    /// <summary>
    /// The common case, without allocations beyond the box: one run, not raised, no soft hyphen, narrower
    /// than the measure, and nowhere to break (no hyphenator and no hyphen or URL separator inside). Code is looked
    /// up in no hyphenator: it is never hyphenated.
    /// </summary>
    private bool TryEmitPlainWord(ItemList list, IHyphenator? hyphenator)
    {
        var piece = _word[0];
        if (piece.Style.Rise != 0) return false;
        var text = piece.Span;
        if (text.IndexOfAny(HyphenCharacters) >= 0) return false;
        if (text.Length > 15 && text.IndexOfAny(UrlSeparators) >= 0) return false;
        var width = MetricsOf(piece.Style.Face).Width(text, piece.Style.Size);
        if (width > lineWidth) return false;
        if (hyphenator is not null && text.Length >= 4 && !_wordIsCode[0])
        {
            WordSplitter.Find(text, hyphenator, [], _breaks);
            if (_breaks.Count > 0)
            {
                _word.Clear();
                _wordIsCode.Clear();
                _single.Clear();
                _single.Add(piece);
                EmitWord(list, _single, _breaks);
                return true;
            }
        }
        _word.Clear();
        _wordIsCode.Clear();
        list.Pieces.Add(piece);
        list.Items.Add(Item.Box(width, list.Pieces.Count - 1));
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> HyphenCharacters = System.Buffers.SearchValues.Create("-\u2010\u2013\u00AD");
    private static readonly System.Buffers.SearchValues<char> UrlSeparators = System.Buffers.SearchValues.Create("/.?&=_:");

    private void EmitWord(ItemList list, List<PieceText> segments, List<BreakOpportunity> breaks)
    {
        var ordered = FirstPerOffset(breaks);
        var end = 0;
        foreach (var piece in segments) end += piece.Length;
        int segment = 0, segmentStart = 0, position = 0, next = 0;
        while (position < end)
        {
            // The next cut: the nearer of the next break opportunity and the current segment's end.
            while (next < ordered.Count && ordered[next].Offset <= position) next++;
            while (segmentStart + segments[segment].Length <= position)
            {
                segmentStart += segments[segment].Length;
                segment++;
            }
            var segmentEnd = segmentStart + segments[segment].Length;
            var atBreak = next < ordered.Count && ordered[next].Offset <= segmentEnd;
            var cut = atBreak ? ordered[next].Offset : segmentEnd;
            var whole = segments[segment];
            var style = whole.Style;
            var part = new PieceText(whole.Source, whole.Start + position - segmentStart, cut - position, style);
            var metrics = MetricsOf(style.Face);
            list.Pieces.Add(part);
            list.Items.Add(Item.Box(metrics.Width(part.Span, style.Size), list.Pieces.Count - 1));
            position = cut;
            if (cut >= end || !atBreak) continue;
            var opportunity = ordered[next];
            if (opportunity.AddsHyphen)
            {
                list.Pieces.Add(new PieceText("-", style));
                list.Items.Add(Item.Break(opportunity.Penalty, metrics.Width('-', style.Size), true, list.Pieces.Count - 1));
                list.HasHyphenationPoints = true;
            }
            else list.Items.Add(Item.Break(opportunity.Penalty));
        }
    }

    /// <summary>
    /// Break opportunities by ascending offset, the first one listed winning where offsets repeat
    /// (the hyphenation points come before the emergency breaks between letters).
    /// </summary>
    private static List<BreakOpportunity> FirstPerOffset(List<BreakOpportunity> breaks)
    {
        var sorted = true;
        for (var i = 1; i < breaks.Count && sorted; i++) sorted = breaks[i - 1].Offset < breaks[i].Offset;
        if (sorted) return breaks;
        var seen = new HashSet<int>();
        var result = new List<BreakOpportunity>(breaks.Count);
        foreach (var opportunity in breaks)
        {
            if (seen.Add(opportunity.Offset)) result.Add(opportunity);
        }
        result.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return result;
    }
}
