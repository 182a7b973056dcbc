namespace Publisher.Typesetting.LineBreaking;

/// <summary>
/// What a box draws: a stretch of a run's text (offsets into <see cref="Source"/>, so breaking a
/// paragraph makes no string per word) in the run's style. <see cref="Text"/> makes the string
/// only for a piece that is placed on its own.
/// </summary>
public readonly record struct PieceText(string Source, int Start, int Length, TextPiece Style)
{
    public PieceText(string text, TextPiece style) : this(text, 0, text.Length, style) { }

    public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);

    public string Text => Start == 0 && Length == Source.Length ? Source : Source.Substring(Start, Length);
}
