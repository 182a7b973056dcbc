using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.Layout;
using Publisher.Typesetting.LineBreaking;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// Draws on one PDF page through PDFsharp and remembers link areas; after drawing, <see cref="AddLinks"/>
/// turns them into web links or links to named destinations (rectangles converted to PDF page space).
/// </summary>
internal sealed class PdfPageCanvas(XGraphics graphics, PdfResources resources) : IPageCanvas
{
    private readonly List<(XRect Area, string Target)> _links = [];

    public void DrawText(double x, double baselineY, PlacedText text, double lineTop, double lineHeight)
    {
        var piece = text.Piece;
        graphics.DrawString(piece.Text, resources.Font(piece.Face, piece.Size), resources.Brush(piece.Color),
            x, baselineY, XStringFormats.BaseLineLeft);
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

    public void DrawRule(double x1, double y1, double x2, double y2, double thickness, int color) =>
        graphics.DrawLine(resources.Pen(color, thickness), x1, y1, x2, y2);

    public void DrawString(string text, FontFaceKey face, double size, int color, double x, double baselineY, XStringFormat format) =>
        graphics.DrawString(text, resources.Font(face, size), resources.Brush(color), x, baselineY, format);

    public void AddLinks(PdfPage page)
    {
        foreach (var (area, target) in _links)
        {
            var rectangle = new PdfRectangle(graphics.Transformer.WorldToDefaultPage(area));
            var annotation = target.StartsWith('#')
                ? page.AddDocumentLink(rectangle, target[1..])
                : page.AddWebLink(rectangle, target);
            // PDFsharp stamps each annotation with the clock (/M) and a random name (/NM); both are optional.
            annotation.Elements.Remove("/M");
            annotation.Elements.Remove("/NM");
        }
    }
}

/// <summary>Fonts, brushes and pens shared by all pages of one document.</summary>
internal sealed class PdfResources
{
    private readonly Dictionary<(FontFaceKey, double), XFont> _fonts = [];
    private readonly Dictionary<int, XBrush> _brushes = [];
    private readonly Dictionary<(int, double), XPen> _pens = [];

    public XFont Font(FontFaceKey face, double size)
    {
        if (!_fonts.TryGetValue((face, size), out var font))
            _fonts[(face, size)] = font = FontMetrics.CreateFont(FontMetrics.For(face).Face, size);
        return font;
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
