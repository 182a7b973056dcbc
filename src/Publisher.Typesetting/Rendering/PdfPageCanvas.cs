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
/// become annotations (<see cref="Links"/>). Tagged PDF: the text of each structure element is a marked-content
/// sequence (<c>/P &lt;&lt;/MCID 3&gt;&gt; BDC … EMC</c>, see <see cref="Mark"/>); text drawn without an element and
/// every rule are <c>/Artifact BMC … EMC</c>. A sequence never crosses a BT or ET: one opened inside a text object ends
/// before its ET, one opened outside (a rule's) before the next BT. So the text objects are those of an untagged page,
/// and the text's positions (Td relative to the text object's last) too.
/// </summary>
internal sealed partial class PdfPageCanvas : IPageCanvas
{
    private readonly XGraphics _graphics;
    private readonly PdfResources _resources;
    private readonly ContentStreamWriter _content;
    private readonly PageFonts _fonts;
    private readonly double _pageHeight;
    private readonly List<PageLink> _links = [];
    private readonly StructureRecorder _structure;
    private readonly int _page;
    private readonly SpacedTextShow _show = new();
    private readonly PdfPage? _pdfPage;
    private readonly ImageObjects? _images;

    // Text and graphics state as written so far (PDF coordinates).
    private bool _inText;
    private string? _fontName;
    private double _fontSize;
    private int _fill = -1;
    private int _stroke = -1;
    private double _lineWidth = -1;
    private double _textX, _textY;

    // Marked content: the element text drawn now belongs to (null: an artifact), and the sequence open in the stream.
    private StructureNode? _owner;
    private OpenSequence _open;
    private StructureNode? _openOwner;

    private enum OpenSequence { None, Artifact, Content }

    // The face of the last run and what a run needs of it: look-ups by face hash the family name, and a
    // page's runs mostly repeat the face of the run before.
    private FontFaceKey _runFace;
    private FontMetrics? _runMetrics;
    private GlyphTable? _runGlyphs;
    private string? _runFontName;

    public PdfPageCanvas(XGraphics graphics, PdfResources resources, ContentStreamWriter content, double pageHeight,
        StructureRecorder structure, int page, PdfPage? pdfPage = null, ImageObjects? images = null)
    {
        _pdfPage = pdfPage;
        _images = images;
        _structure = structure;
        _page = page;
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
        EndSequence();
        _content.Raw("Q\n"u8);
    }

    public void Tag(StructureNode? node)
    {
        _owner = node;
        if (node is not null) _structure.Attach(node);
    }

    /// <summary>
    /// Opens the marked-content sequence what is drawn next belongs to: <paramref name="owner"/>'s (a new MCID) or, for
    /// null, an artifact's, unless it is the one open. Text is marked inside its text object (<see cref="BeginText"/>),
    /// rules outside any (<see cref="DrawRule"/>).
    /// </summary>
    private void Mark(StructureNode? owner)
    {
        if (owner is null ? _open == OpenSequence.Artifact : _open == OpenSequence.Content && ReferenceEquals(_openOwner, owner)) return;
        EndSequence();
        if (owner is null)
        {
            _content.Raw("/Artifact BMC\n"u8);
            _open = OpenSequence.Artifact;
            return;
        }
        var mcid = _structure.Content(owner, _page);
        _content.Byte((byte)'/');
        foreach (var c in owner.Role) _content.Byte((byte)c);
        _content.Raw(" <</MCID "u8);
        _content.Integer(mcid);
        _content.Raw(">> BDC\n"u8);
        _open = OpenSequence.Content;
        _openOwner = owner;
    }

    private void EndSequence()
    {
        if (_open == OpenSequence.None) return;
        _content.Raw("EMC\n"u8);
        _open = OpenSequence.None;
        _openOwner = null;
    }

    public void DrawText(double x, double baselineY, PlacedText text, double lineTop, double lineHeight)
    {
        ShowPiece(x, baselineY, text);
        AddLink(x, text, lineTop, lineHeight);
    }

    private void ShowPiece(double x, double baselineY, PlacedText text)
    {
        var piece = text.Style;
        if (text.Text.Length > 0) ShowPlain(text.Text, piece.Face, piece.Size, piece.Color, x, baselineY - piece.Rise);
    }

    /// <summary>
    /// Draws a line's pieces: each run of pieces in the same face, size, colour and rise is one string, its
    /// words joined by spaces and moved to their set positions by TJ adjustments. Superscript and subscript
    /// runs start at their raised or lowered baseline (the Td that places every run, no text rise), so a
    /// line without them is written as before. Struck pieces then get their strokes (<see cref="DrawStrikethroughs"/>).
    /// A run followed by a word of another style ends in a space where the words are a space apart, as the words within a
    /// run are joined: a reader of the structure tree, which takes an element's text as its glyphs, reads "Read the
    /// source", not "Readthe source", where a link's colour starts a run.
    /// </summary>
    public void DrawLine(double x, double baselineY, IReadOnlyList<PlacedText> texts, double lineTop, double lineHeight)
    {
        var start = 0;
        while (start < texts.Count)
        {
            var end = start + 1;
            var first = texts[start].Style;
            while (end < texts.Count && SameStyle(first, texts[end].Style)) end++;
            var owner = _owner;
            var linked = !first.IsArtifact && owner is not null && OneLink(texts, start, end);
            if (linked)
            {
                // The run is one link's text: the Link element's own content (its annotation made first, under the owner).
                for (var i = start; i < end; i++) AddLink(x + texts[i].X, texts[i], lineTop, lineHeight);
                if (_links.Count > 0 && _links[^1].Target == first.Link && _links[^1].Node is { } link) _owner = link;
            }
            else if (first.IsArtifact) _owner = null;
            if (!DrawRun(x, baselineY, texts, start, end, SpaceFollows(texts, end)))
            {
                for (var i = start; i < end; i++) ShowPiece(x + texts[i].X, baselineY, texts[i]);
            }
            _owner = owner;
            if (!linked)
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

    private static bool SameStyle(TextPiece a, TextPiece b) =>
        a.Face == b.Face && a.Size == b.Size && a.Color == b.Color && a.Rise == b.Rise && a.IsArtifact == b.IsArtifact;

    /// <summary>Whether every piece of the run leads to one target (runs are made by style, not by link).</summary>
    private static bool OneLink(IReadOnlyList<PlacedText> texts, int start, int end)
    {
        var link = texts[start].Style.Link;
        if (link is null) return false;
        for (var i = start + 1; i < end; i++)
            if (texts[i].Style.Link != link) return false;
        return true;
    }

    /// <summary>Whether the piece at <paramref name="next"/> stands a space (half a space of the piece before it, at least) after that one.</summary>
    private static bool SpaceFollows(IReadOnlyList<PlacedText> texts, int next)
    {
        if (next <= 0 || next >= texts.Count) return false;
        var before = texts[next - 1];
        if (before.Text.EndsWith(' ') || texts[next].Text.StartsWith(' ')) return false;
        var gap = texts[next].X - (before.X + before.Width);
        return gap > FontMetrics.For(before.Style.Face).Width(' ', before.Style.Size) / 2;
    }

    private bool DrawRun(double x, double baselineY, IReadOnlyList<PlacedText> texts, int start, int end, bool trailingSpace)
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
        if (trailingSpace) _show.AddText(" ");
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
            EndSequence(); // a rule's artifact, opened outside the text object
            _content.Raw("BT\n"u8);
            _inText = true;
            _textX = _textY = 0;
        }
        Mark(_owner);
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
        EndSequence(); // opened inside the text object, it ends there
        _content.Raw("ET\n"u8);
        _inText = false;
    }

    private void WriteColor(int rgb)
    {
        _content.Short(((rgb >> 16) & 0xFF) / 255.0);
        _content.Short(((rgb >> 8) & 0xFF) / 255.0);
        _content.Short((rgb & 0xFF) / 255.0);
    }

    /// <summary>
    /// Makes a piece with a link clickable: it widens the last area when that leads to the same target on the same line,
    /// else starts an area, whose annotation gets a Link element under the element being drawn.
    /// </summary>
    private void AddLink(double x, PlacedText text, double lineTop, double lineHeight)
    {
        var piece = text.Style;
        if (piece.Link is null || text.Width <= 0) return;
        var area = new XRect(x, lineTop, text.Width, lineHeight);
        if (_links.Count > 0 && _links[^1].Target == piece.Link && Math.Abs(_links[^1].Area.Top - lineTop) < 0.01)
        {
            _links[^1].Extend(area, piece.IsArtifact ? "" : text.Text);
            return;
        }
        var annotation = _structure.Link(_owner, _page, out var node);
        _links.Add(new PageLink(area, piece.Link, piece.IsArtifact ? "" : text.Text, annotation, node));
    }

    public void DrawRule(double x1, double y1, double x2, double y2, double thickness, int color)
    {
        EndText();
        Mark(null);
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
            var link = _links[i];
            var rectangle = new PdfRectangle(_graphics.Transformer.WorldToDefaultPage(link.Area));
            links[i] = new LinkArea(rectangle.X1, rectangle.Y1, rectangle.X2, rectangle.Y2, link.Target)
            {
                Contents = link.Contents,
                StructParent = _structure.PageCount + link.Annotation,
            };
        }
        return links;
    }
}
