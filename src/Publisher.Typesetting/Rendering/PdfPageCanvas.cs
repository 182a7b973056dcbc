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
    private readonly SpacedTextShow _show = new();

    public void DrawText(double x, double baselineY, PlacedText text, double lineTop, double lineHeight)
    {
        var piece = text.Piece;
        graphics.DrawString(piece.Text, resources.Font(piece.Face, piece.Size), resources.Brush(piece.Color),
            x, baselineY, XStringFormats.BaseLineLeft);
        AddLink(x, text, lineTop, lineHeight);
    }

    /// <summary>
    /// Draws a line's pieces: each run of pieces in the same face, size and colour is one string, its
    /// words joined by spaces and moved to their set positions by TJ adjustments.
    /// </summary>
    public void DrawLine(double x, double baselineY, IReadOnlyList<PlacedText> texts, double lineTop, double lineHeight)
    {
        var start = 0;
        while (start < texts.Count)
        {
            var end = start + 1;
            var first = texts[start].Piece;
            while (end < texts.Count && SameStyle(first, texts[end].Piece)) end++;
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
    }

    private static bool SameStyle(TextPiece a, TextPiece b) => a.Face == b.Face && a.Size == b.Size && a.Color == b.Color;

    private bool DrawRun(double x, double baselineY, IReadOnlyList<PlacedText> texts, int start, int end)
    {
        var first = texts[start].Piece;
        var content = graphics.Internals.ContentStringBuilder;
        if (content is null) return false;
        var space = FontMetrics.For(first.Face).Width(' ', first.Size);
        _show.Clear();
        for (var i = start; i < end; i++)
        {
            var text = texts[i].Piece.Text;
            // Glyphs are counted per UTF-16 unit here: runs with surrogate pairs are drawn piece by piece.
            if (text.Length == 0 || text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) return false;
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
        var glyphs = resources.Glyphs(first.Face);
        var probe = _show.Probe(glyphs);
        var before = content.Length;
        graphics.DrawString(probe, resources.Font(first.Face, first.Size), resources.Brush(first.Color),
            x + texts[start].X, baselineY, XStringFormats.BaseLineLeft);
        if (!_show.TryReplace(content, before, probe, glyphs))
            throw new InvalidOperationException($"PDFsharp wrote an unexpected text operator for '{probe}'");
        return true;
    }

    private void AddLink(double x, PlacedText text, double lineTop, double lineHeight)
    {
        var piece = text.Piece;
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
