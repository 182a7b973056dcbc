using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.LineBreaking;

namespace Publisher.Typesetting.Rendering;

internal sealed partial class PdfPageCanvas
{
    /// <summary>
    /// Strokes through the struck pieces of a line, from <paramref name="first"/> (the first struck one) on: a filled
    /// rectangle in the text colour, at the height and thickness the font gives, over each piece's advance. Between
    /// two struck pieces the stroke also crosses the space (stretched or not) that separates them, as a struck run's
    /// words are drawn as separate pieces on a justified line.
    /// </summary>
    private void DrawStrikethroughs(double x, double baselineY, IReadOnlyList<PlacedText> texts, int first)
    {
        EndText();
        Mark(null); // the strokes are an artifact: the struck text still reads
        for (var i = first; i < texts.Count; i++)
        {
            var text = texts[i];
            var style = text.Style;
            if (!style.Strikethrough) continue;
            var left = text.X;
            var right = text.X + text.Width;
            // Pieces in one face, size, colour and rise share one stroke; a change of face starts the next stroke where its piece starts.
            while (i + 1 < texts.Count && texts[i + 1].Style is { Strikethrough: true } next)
            {
                if (next.Face != style.Face || next.Size != style.Size || next.Color != style.Color || next.Rise != style.Rise)
                {
                    right = texts[i + 1].X;
                    break;
                }
                i++;
                right = texts[i].X + texts[i].Width;
            }
            if (right <= left) continue;
            var metrics = FontMetrics.For(style.Face);
            var thickness = metrics.StrikethroughThickness * style.Size / 1000;
            var top = baselineY - style.Rise - metrics.StrikethroughTop * style.Size / 1000;
            FillRectangle(x + left, top, right - left, thickness, style.Color);
        }
    }

    /// <summary>A filled rectangle (outside a text object) from its top-left corner in layout coordinates.</summary>
    private void FillRectangle(double x, double top, double width, double height, int color)
    {
        if (color != _fill)
        {
            WriteColor(color);
            _content.Raw("rg\n"u8);
            _fill = color;
        }
        _content.Number(x);
        _content.Number(_pageHeight - top - height);
        _content.Number(width);
        _content.Number(height);
        _content.Raw("re\nf\n"u8);
    }
}
