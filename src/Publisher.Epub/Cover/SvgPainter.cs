using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using SkiaSharp;

namespace Publisher.Epub.Cover;

/// <summary>Draws the SVG elements a cover uses onto a canvas; returns a problem (with the SVG line) for anything else.</summary>
/// <param name="bitmap">What <paramref name="canvas"/> draws on: text is blended into its pixels directly where it can be (<see cref="GreyText"/>).</param>
internal sealed class SvgPainter(SKBitmap bitmap, SKCanvas canvas)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public string? DrawChildren(XElement parent)
    {
        foreach (var element in parent.Elements())
        {
            var problem = Draw(element);
            if (problem is not null) return problem;
        }
        return null;
    }

    /// <summary>Draws <paramref name="elements"/> from <paramref name="first"/> on, calling <paramref name="drawn"/> with the count drawn so far after each.</summary>
    public string? DrawFrom(IReadOnlyList<XElement> elements, int first, Action<int> drawn)
    {
        for (var i = first; i < elements.Count; i++)
        {
            var problem = Draw(elements[i]);
            if (problem is not null) return problem;
            drawn(i + 1);
        }
        return null;
    }

    private string? Draw(XElement e)
    {
        if (e.Name.Namespace != Svg) return Problem(e, $"element <{e.Name.LocalName}> is not in the SVG namespace");
        switch (e.Name.LocalName)
        {
            case "title" or "desc" or "metadata":
                return null;
            case "g":
                canvas.Save();
                var problem = Transform(e) ?? DrawChildren(e);
                canvas.Restore();
                return problem;
            case "rect":
                return Fill(e, paint => canvas.DrawRect(Number(e, "x"), Number(e, "y"), Number(e, "width"), Number(e, "height"), paint));
            case "circle":
                return Fill(e, paint => canvas.DrawCircle(Number(e, "cx"), Number(e, "cy"), Number(e, "r"), paint));
            case "line":
                return Stroke(e, paint => canvas.DrawLine(Number(e, "x1"), Number(e, "y1"), Number(e, "x2"), Number(e, "y2"), paint));
            case "path":
                using (var path = SKPath.ParseSvgPathData((string?)e.Attribute("d") ?? ""))
                    return path is null ? Problem(e, "the path data does not parse") : Fill(e, paint => canvas.DrawPath(path, paint));
            case "text":
                return Text(e);
            default:
                return Problem(e, $"<{e.Name.LocalName}> is not supported on covers (use rect, circle, line, path, text, g)");
        }
    }

    private string? Text(XElement e)
    {
        var typeface = CoverFonts.Instance.ForWeight((string?)e.Attribute("font-weight"));
        using var font = GlyphMasks.Font(typeface, Number(e, "font-size", 16)); // subpixel positions: a quarter less time per cover, same look
        var align = (string?)e.Attribute("text-anchor") switch { "middle" => SKTextAlign.Center, "end" => SKTextAlign.Right, _ => SKTextAlign.Left };
        var (x, y) = (Number(e, "x"), Number(e, "y"));
        return Fill(e, paint =>
        {
            if (!GreyText.TryDraw(bitmap, canvas.TotalMatrix, e.Value, x, y, align, font, paint.Color)) canvas.DrawText(e.Value, x, y, align, font, paint);
        });
    }

    private string? Transform(XElement e)
    {
        var transform = (string?)e.Attribute("transform");
        if (transform is null) return null;
        var parts = transform.Split(['(', ')', ',', ' '], StringSplitOptions.RemoveEmptyEntries);
        var values = parts.Skip(1).Select(p => float.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : float.NaN).ToArray();
        if (values.Any(float.IsNaN)) return Problem(e, $"transform '{transform}' does not parse");
        switch (parts[0], values.Length)
        {
            case ("translate", 1 or 2): canvas.Translate(values[0], values.Length > 1 ? values[1] : 0); return null;
            case ("scale", 1 or 2): canvas.Scale(values[0], values.Length > 1 ? values[1] : values[0]); return null;
            default: return Problem(e, $"transform '{transform}' is not supported (use translate or scale)");
        }
    }

    private static string? Fill(XElement e, Action<SKPaint> draw) => Paint(e, "fill", SKColors.Black, SKPaintStyle.Fill, draw);

    private static string? Stroke(XElement e, Action<SKPaint> draw) => Paint(e, "stroke", SKColors.Transparent, SKPaintStyle.Stroke, draw);

    private static string? Paint(XElement e, string attribute, SKColor fallback, SKPaintStyle style, Action<SKPaint> draw)
    {
        var text = (string?)e.Attribute(attribute) ?? (string?)e.Parent?.Attribute(attribute);
        if (text == "none") return null;
        if (!TryColor(text, fallback, out var color)) return Problem(e, $"{attribute} '{text}' is not a colour (use #rgb, #rrggbb, black or white)");
        if (color.Alpha == 0) return null;
        using var paint = new SKPaint { Color = color, IsAntialias = true, Style = style, StrokeWidth = Number(e, "stroke-width", 1) };
        draw(paint);
        return null;
    }

    private static bool TryColor(string? text, SKColor fallback, out SKColor color)
    {
        color = fallback;
        return text switch
        {
            null => true,
            "black" => (color = SKColors.Black) == SKColors.Black,
            "white" => (color = SKColors.White) == SKColors.White,
            _ => text.StartsWith('#') && SKColor.TryParse(text, out color),
        };
    }

    private static float Number(XElement e, string attribute, float fallback = 0) =>
        float.TryParse((string?)e.Attribute(attribute), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string Problem(XElement e, string message) =>
        ((IXmlLineInfo)e).HasLineInfo() ? $"cover SVG line {((IXmlLineInfo)e).LineNumber}: {message}" : $"cover SVG: {message}";
}
