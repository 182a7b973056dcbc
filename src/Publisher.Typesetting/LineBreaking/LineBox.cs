namespace Publisher.Typesetting.LineBreaking;

/// <summary>
/// Text placed on a line: <see cref="X"/> from the line's left edge, drawn in <see cref="Style"/>'s face,
/// size, colour and link (its own <c>Text</c> is not what is drawn: the line's pieces share their run's style).
/// </summary>
public readonly record struct PlacedText(double X, double Width, string Text, TextPiece Style)
{
    /// <summary>A piece's own text, placed.</summary>
    public PlacedText(double x, double width, TextPiece piece) : this(x, width, piece.Text, piece) { }
}

/// <summary>
/// One set line: its pieces with their horizontal positions, the line's height (leading) and the
/// baseline's distance from the line's top. <see cref="Width"/> is the extent of the ink-bearing
/// text, never more than the measure it was set for.
/// </summary>
public sealed record LineBox(IReadOnlyList<PlacedText> Texts, double Width, double Height, double Baseline)
{
    /// <summary>Set on the continuation of a wrapped preformatted line: the mark drawn before its text.</summary>
    public ContinuationMark? Continuation { get; init; }

    /// <summary>
    /// The line ends inside a word, which goes on on the next line: at a hyphenation point (with the hyphen it adds), after
    /// the word's own hyphen or dash, or at a break inside an address or between letters. A page or column should not
    /// end here (TeX's \brokenpenalty): see <see cref="Layout.TextFlow"/>.
    /// </summary>
    public bool EndsInWord { get; init; }

    /// <summary>The line's text, with a space wherever pieces stand apart.</summary>
    public string PlainText
    {
        get
        {
            var builder = new System.Text.StringBuilder();
            for (var i = 0; i < Texts.Count; i++)
            {
                if (i > 0 && Texts[i].X > Texts[i - 1].X + Texts[i - 1].Width + 0.5) builder.Append(' ');
                builder.Append(Texts[i].Text);
            }
            return builder.ToString();
        }
    }
}
