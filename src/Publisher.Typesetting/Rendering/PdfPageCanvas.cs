using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.Layout;
using Publisher.Typesetting.LineBreaking;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// Draws one PDF page: text and rules are written straight into the page's content stream
/// (<see cref="ContentStreamWriter"/>, PDF coordinates from the top-left layout coordinates);
/// PDFsharp only draws the font probes (<see cref="PageFonts"/>). Link areas are remembered and
/// become annotations (<see cref="Links"/>).
/// </summary>
internal sealed partial class PdfPageCanvas : IPageCanvas
{
    private readonly XGraphics _graphics;
    private readonly PdfResources _resources;
    private readonly ContentStreamWriter _content;
    private readonly PageFonts _fonts;
    private readonly double _pageHeight;
    private readonly List<(XRect Area, string Target)> _links = [];
    private readonly SpacedTextShow _show = new();

    // Text and graphics state as written so far (PDF coordinates).
    private bool _inText;
    private string? _fontName;
    private double _fontSize;
    private int _fill = -1;
    private int _stroke = -1;
    private double _lineWidth = -1;
    private double _textX, _textY;

    // The face of the last run and what a run needs of it: look-ups by face hash the family name, and a
    // page's runs mostly repeat the face of the run before.
    private FontFaceKey _runFace;
    private FontMetrics? _runMetrics;
    private GlyphTable? _runGlyphs;
    private string? _runFontName;

    public PdfPageCanvas(XGraphics graphics, PdfResources resources, ContentStreamWriter content, double pageHeight)
    {
        _graphics = graphics;
        _resources = resources;
        _content = content;
        _pageHeight = pageHeight;
        _fonts = new PageFonts(graphics, resources);
        content.Reset();
        content.Raw("q\n"u8);
    }

    /// <summary>Closes the stream ("ET", "Q"); <see cref="ContentStreamWriter.Written"/> then holds the page's content.</summary>
    public void Finish()
    {
        EndText();
        _content.Raw("Q\n"u8);
    }

    public void DrawText(double x, double baselineY, PlacedText text, double lineTop, double lineHeight)
    {
        var piece = text.Style;
        if (text.Text.Length > 0) ShowPlain(text.Text, piece.Face, piece.Size, piece.Color, x, baselineY - piece.Rise);
        AddLink(x, text, lineTop, lineHeight);
    }

    /// <summary>
    /// Draws a line's pieces: each run of pieces in the same face, size, colour and rise is one string, its
    /// words joined by spaces and moved to their set positions by TJ adjustments. Superscript and subscript
    /// runs start at their raised or lowered baseline (the Td that places every run, no text rise), so a
    /// line without them is written as before. Struck pieces then get their strokes (<see cref="DrawStrikethroughs"/>).
    /// </summary>
    public void DrawLine(double x, double baselineY, IReadOnlyList<PlacedText> texts, double lineTop, double lineHeight)
    {
        var start = 0;
        while (start < texts.Count)
        {
            var end = start + 1;
            var first = texts[start].Style;
            while (end < texts.Count && SameStyle(first, texts[end].Style)) end++;
            if (!DrawRun(x, baselineY, texts, start, end))
            {
                for (var i = start; i < end; i++) DrawText(x + texts[i].X, baselineY, texts[i], lineTop, lineHeight);
            }
            else
            {
                for (var i = start; i < end; i++) AddLink(x + texts[i].X, texts[i], lineTop, lineHeight);
            }
            start = end;
        }
        for (var i = 0; i < texts.Count; i++)
        {
            if (!texts[i].Style.Strikethrough) continue;
            DrawStrikethroughs(x, baselineY, texts, i);
            break;
        }
    }

    private static readonly System.Buffers.SearchValues<char> Surrogates = System.Buffers.SearchValues.Create(
        Enumerable.Range(0xD800, 0x800).Select(c => (char)c).ToArray());

    private static bool SameStyle(TextPiece a, TextPiece b) => a.Face == b.Face && a.Size == b.Size && a.Color == b.Color && a.Rise == b.Rise;

    private bool DrawRun(double x, double baselineY, IReadOnlyList<PlacedText> texts, int start, int end)
    {
        var first = texts[start].Style;
        var (metrics, glyphs) = Face(first.Face);
        var space = metrics.Width(' ', first.Size);
        _show.Clear();
        for (var i = start; i < end; i++)
        {
            var text = texts[i].Text;
            // Glyphs are counted per UTF-16 unit here: runs with surrogate pairs are drawn piece by piece.
            if (text.Length == 0 || text.AsSpan().ContainsAny(Surrogates)) return false;
            if (i > start)
            {
                var gap = texts[i].X - (texts[i - 1].X + texts[i - 1].Width);
                if (gap > space / 2)
                {
                    _show.AddText(" ");
                    gap -= space;
                }
                _show.AddShift(gap, first.Size);
            }
            _show.AddText(text);
        }
        if (_show.Text.Length == 0) return true; // only characters that draw nothing
        var name = FontName(first.Face, first.Size, glyphs);
        BeginText(first.Color, name, first.Size, x + texts[start].X, baselineY - first.Rise);
        if (!_show.TryWrite(_content, glyphs)) throw new InvalidOperationException("a glyph id was not learned from its probe");
        return true;
    }

    /// <summary>The face's metrics and the document's glyph table for it, remembered for the last face asked.</summary>
    private (FontMetrics Metrics, GlyphTable Glyphs) Face(FontFaceKey face)
    {
        if (_runMetrics is null || !face.Equals(_runFace))
        {
            _runMetrics = FontMetrics.For(face);
            _runGlyphs = _resources.Glyphs(face);
            _runFontName = null;
            _runFace = face;
        }
        return (_runMetrics, _runGlyphs!);
    }

    /// <summary>
    /// The face's resource name on this page, after probing every character of the run it lacks.
    /// <paramref name="glyphs"/> is the face's table from <see cref="Face"/>, which must be the last face asked.
    /// </summary>
    private string FontName(FontFaceKey face, double size, GlyphTable glyphs)
    {
        var known = _runFontName is not null || _fonts.TryGetName(face, out _runFontName);
        var probe = _show.Probe(glyphs, withFirst: !known);
        if (probe.Length > 0) _runFontName = _fonts.Probe(face, size, probe, glyphs);
        return _runFontName!;
    }

    /// <summary>One string without adjustments (markers, running headers, text with surrogate pairs); its default-ignorable characters draw nothing.</summary>
    private void ShowPlain(string text, FontFaceKey face, double size, int color, double x, double baselineY)
    {
        if (text.AsSpan().ContainsAny(Surrogates))
        {
            var visible = DefaultIgnorable.Remove(text); // the ignorables beyond the BMP come as surrogate pairs
            if (visible.Length == 0) return;
            var hex = _fonts.GlyphHex(face, size, visible, out var hexFont);
            BeginText(color, hexFont, size, x, baselineY);
            _content.Byte((byte)'<');
            foreach (var c in hex) _content.Byte((byte)c);
            _content.Raw("> Tj\n"u8);
            return;
        }
        _show.Clear();
        _show.AddText(text);
        if (_show.Text.Length == 0) return;
        var (_, glyphs) = Face(face);
        var name = FontName(face, size, glyphs);
        BeginText(color, name, size, x, baselineY);
        _show.TryWrite(_content, glyphs);
    }

    /// <summary>Enters text mode, sets colour and font where they change, moves to (x, baseline) with Td.</summary>
    private void BeginText(int color, string fontName, double size, double x, double baselineY)
    {
        if (!_inText)
        {
            _content.Raw("BT\n"u8);
            _inText = true;
            _textX = _textY = 0;
        }
        if (color != _fill)
        {
            WriteColor(color);
            _content.Raw("rg\n"u8);
            _fill = color;
        }
        if (fontName != _fontName || size != _fontSize)
        {
            foreach (var c in fontName) _content.Byte((byte)c);
            _content.Byte((byte)' ');
            _content.Short(size);
            _content.Raw("Tf\n"u8);
            _fontName = fontName;
            _fontSize = size;
        }
        // Td moves relative to the previous position; the position is kept unrounded, as PDFsharp does.
        var pdfY = _pageHeight - baselineY;
        _content.Number(x - _textX);
        _content.Number(pdfY - _textY);
        _content.Raw("Td\n"u8);
        _textX = x;
        _textY = pdfY;
    }

    private void EndText()
    {
        if (!_inText) return;
        _content.Raw("ET\n"u8);
        _inText = false;
    }

    private void WriteColor(int rgb)
    {
        _content.Short(((rgb >> 16) & 0xFF) / 255.0);
        _content.Short(((rgb >> 8) & 0xFF) / 255.0);
        _content.Short((rgb & 0xFF) / 255.0);
    }

    private void AddLink(double x, PlacedText text, double lineTop, double lineHeight)
    {
        var piece = text.Style;
        if (piece.Link is null || text.Width <= 0) return;
        var area = new XRect(x, lineTop, text.Width, lineHeight);
        if (_links.Count > 0 && _links[^1].Target == piece.Link && Math.Abs(_links[^1].Area.Top - lineTop) < 0.01)
        {
            var merged = _links[^1].Area;
            merged.Union(area);
            _links[^1] = (merged, piece.Link);
        }
        else _links.Add((area, piece.Link));
    }

    public void DrawRule(double x1, double y1, double x2, double y2, double thickness, int color)
    {
        EndText();
        if (thickness != _lineWidth)
        {
            _content.Short(thickness);
            _content.Raw("w\n"u8);
            _lineWidth = thickness;
        }
        if (color != _stroke)
        {
            WriteColor(color);
            _content.Raw("RG\n"u8);
            _stroke = color;
        }
        _content.Number(x1);
        _content.Number(_pageHeight - y1);
        _content.Raw("m\n"u8);
        _content.Number(x2);
        _content.Number(_pageHeight - y2);
        _content.Raw("l\nS\n"u8);
    }

    /// <summary>
    /// A string at a baseline, aligned left, centred on or right of <paramref name="x"/>; characters <paramref name="face"/>
    /// has no glyph for are drawn in the face of <paramref name="fallbackFamily"/> (<see cref="FallbackSegments"/>).
    /// </summary>
    public void DrawString(string text, FontFaceKey face, double size, int color, double x, double baselineY, XStringAlignment alignment,
        string fallbackFamily)
    {
        if (text.Length == 0) return;
        var fallback = face with { Family = fallbackFamily };
        if (alignment != XStringAlignment.Near)
        {
            var width = FallbackSegments.Width(text, face, fallback, size);
            x -= alignment == XStringAlignment.Center ? width / 2 : width;
        }
        var segments = FallbackSegments.Of(text, face, fallback);
        foreach (var (part, partFace) in segments)
        {
            ShowPlain(part, partFace, size, color, x, baselineY);
            x += FontMetrics.For(partFace).Width(part, size);
        }
    }

    /// <summary>The page's link areas in PDF page space, in drawing order (written as annotations by <see cref="PdfRewriter"/>).</summary>
    public LinkArea[] Links()
    {
        if (_links.Count == 0) return [];
        var links = new LinkArea[_links.Count];
        for (var i = 0; i < links.Length; i++)
        {
            var rectangle = new PdfRectangle(_graphics.Transformer.WorldToDefaultPage(_links[i].Area));
            links[i] = new LinkArea(rectangle.X1, rectangle.Y1, rectangle.X2, rectangle.Y2, _links[i].Target);
        }
        return links;
    }
}
