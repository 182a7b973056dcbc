using System.Text;

namespace Publisher.Typesetting.LineBreaking;

/// <summary>
/// Appends a line's pieces, merging a piece into the previous one when style (strikethrough and rise included)
/// matches and it follows without a gap or after a natural space. The placed piece (and its merged
/// text) is made once, when the next piece does not merge or the line is finished, instead of one
/// object per word.
/// </summary>
internal sealed class PieceMerger(List<PlacedText> texts)
{
    /// <summary>The line's placed pieces so far.</summary>
    public List<PlacedText> Texts => texts;

    private readonly StringBuilder _text = new();
    private bool _open;
    private double _x, _width;
    private PieceText _first;
    private TextPiece _style = null!;
    private int _merged;

    public void Add(double x, double width, PieceText text, bool naturalSpaceBefore)
    {
        var style = text.Style;
        if (_open && SameStyle(_style, style))
        {
            var gap = x - (_x + _width);
            if (Math.Abs(gap) < 0.001)
            {
                Merge(_width + width, "", text);
                return;
            }
            if (naturalSpaceBefore)
            {
                var space = Fonts.FontMetrics.For(_style.Face).Width(' ', _style.Size);
                if (Math.Abs(gap - space) < 0.001)
                {
                    Merge(x + width - _x, " ", text);
                    return;
                }
            }
        }
        Finish();
        _open = true;
        _x = x;
        _width = width;
        _first = text;
        _style = style;
    }

    /// <summary>Forgets any pending piece and the placed ones (a new paragraph).</summary>
    public void Reset()
    {
        texts.Clear();
        _text.Clear();
        _merged = 0;
        _open = false;
    }

    /// <summary>Places the pending piece with its merged text (call once the line's pieces are all added).</summary>
    public void Finish()
    {
        if (!_open) return;
        var text = _merged == 0 ? _first.Text : _text.ToString();
        texts.Add(new PlacedText(_x, _width, text, _style));
        _text.Clear();
        _merged = 0;
        _open = false;
    }

    private static bool SameStyle(TextPiece a, TextPiece b) =>
        ReferenceEquals(a, b) || (a.Face == b.Face && a.Size == b.Size && a.Color == b.Color && a.Link == b.Link
                                  && a.Strikethrough == b.Strikethrough && a.Rise == b.Rise);

    private void Merge(double width, string separator, PieceText text)
    {
        if (_merged++ == 0) _text.Append(_first.Span);
        _text.Append(separator).Append(text.Span);
        _width = width;
    }
}
