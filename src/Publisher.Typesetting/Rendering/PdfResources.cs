using PdfSharp.Drawing;
using Publisher.Typesetting.Fonts;

namespace Publisher.Typesetting.Rendering;

/// <summary>Fonts, brushes and pens shared by all pages of one document.</summary>
internal sealed class PdfResources
{
    private readonly Dictionary<(FontFaceKey, double), XFont> _fonts = [];
    private readonly Dictionary<int, XBrush> _brushes = [];
    private readonly Dictionary<FontFaceKey, GlyphTable> _glyphs = [];
    private readonly Dictionary<(int, double), XPen> _pens = [];

    public XFont Font(FontFaceKey face, double size)
    {
        if (!_fonts.TryGetValue((face, size), out var font))
            _fonts[(face, size)] = font = FontMetrics.CreateFont(FontMetrics.For(face).Face, size);
        return font;
    }

    /// <summary>The glyph ids this document's text in the face (as resolved) was written with so far.</summary>
    public GlyphTable Glyphs(FontFaceKey face)
    {
        var resolved = FontMetrics.For(face).Face;
        if (!_glyphs.TryGetValue(resolved, out var table)) _glyphs[resolved] = table = new GlyphTable();
        return table;
    }

    public XBrush Brush(int color)
    {
        if (!_brushes.TryGetValue(color, out var brush))
            _brushes[color] = brush = new XSolidBrush(ToColor(color));
        return brush;
    }

    public XPen Pen(int color, double thickness)
    {
        if (!_pens.TryGetValue((color, thickness), out var pen))
            _pens[(color, thickness)] = pen = new XPen(ToColor(color), thickness);
        return pen;
    }

    private static XColor ToColor(int rgb) => XColor.FromArgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
}
