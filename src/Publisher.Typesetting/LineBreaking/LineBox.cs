namespace Publisher.Typesetting.LineBreaking;

/// <summary>Text placed on a line: <see cref="X"/> from the line's left edge.</summary>
public readonly record struct PlacedText(double X, double Width, TextPiece Piece);

/// <summary>
/// One set line: its pieces with their horizontal positions, the line's height (leading) and the
/// baseline's distance from the line's top. <see cref="Width"/> is the extent of the ink-bearing
/// text, never more than the measure it was set for.
/// </summary>
public sealed record LineBox(IReadOnlyList<PlacedText> Texts, double Width, double Height, double Baseline)
{
    public string PlainText => string.Concat(Texts.Select(t => t.Piece.Text));
}
