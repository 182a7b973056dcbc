namespace Publisher.Typesetting.LineBreaking;

/// <summary>
/// The mark at the start of a preformatted line's continuation: a small grey ↳ in the indent before the wrapped text,
/// as code listings in print have it, so a wrapped line is not taken for an indented one (which changes a Python or
/// YAML program). It is drawn as strokes, not as a glyph, so text copied or extracted from the page is only the code.
/// </summary>
/// <param name="X">Where the room for the mark starts, from the line's left edge.</param>
/// <param name="Width">The room's width: the continuation's extra indent.</param>
/// <param name="Size">The code's font size, which the mark is drawn to.</param>
public sealed record ContinuationMark(double X, double Width, double Size)
{
    public const int Color = 0x999999;

    public double Thickness => Size * 0.06;

    /// <summary>The mark's strokes, from the line's left edge and baseline (y grows downwards): the hook down, then the arrow right.</summary>
    public IEnumerable<(double X1, double Y1, double X2, double Y2)> Strokes(double left, double baseline)
    {
        var x = left + X + Width * 0.2;
        var tip = left + X + Width * 0.8;
        var top = baseline - Size * 0.6;
        var corner = baseline - Size * 0.25;
        var head = Size * 0.15;
        yield return (x, top, x, corner);
        yield return (x, corner, tip, corner);
        yield return (tip - head, corner - head, tip, corner);
        yield return (tip - head, corner + head, tip, corner);
    }
}
