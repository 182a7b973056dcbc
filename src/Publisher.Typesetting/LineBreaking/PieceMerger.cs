using System.Text;

namespace Publisher.Typesetting.LineBreaking;

/// <summary>
/// Appends a line's pieces, merging a piece into the previous one when style matches and it follows
/// without a gap or after a natural space. The merged text is built once, when the next piece does
/// not merge or the line is finished, instead of concatenating strings word by word.
/// </summary>
internal sealed class PieceMerger(List<PlacedText> texts)
{
    private readonly StringBuilder _text = new();
    private int _merged;

    public void Add(double x, double width, TextPiece piece, bool naturalSpaceBefore)
    {
        if (texts.Count > 0)
        {
            var previous = texts[^1];
            var p = previous.Piece;
            if (p.Face == piece.Face && p.Size == piece.Size && p.Color == piece.Color && p.Link == piece.Link)
            {
                var gap = x - (previous.X + previous.Width);
                if (Math.Abs(gap) < 0.001)
                {
                    Merge(previous.Width + width, "", piece.Text);
                    return;
                }
                if (naturalSpaceBefore)
                {
                    var space = Fonts.FontMetrics.For(p.Face).Width(' ', p.Size);
                    if (Math.Abs(gap - space) < 0.001)
                    {
                        Merge(x + width - previous.X, " ", piece.Text);
                        return;
                    }
                }
            }
        }
        Finish();
        texts.Add(new PlacedText(x, width, piece));
    }

    /// <summary>Gives the last piece its merged text (call once the line's pieces are all added).</summary>
    public void Finish()
    {
        if (_merged == 0) return;
        var last = texts[^1];
        texts[^1] = last with { Piece = last.Piece with { Text = _text.ToString() } };
        _text.Clear();
        _merged = 0;
    }

    private void Merge(double width, string separator, string text)
    {
        if (_merged++ == 0) _text.Append(texts[^1].Piece.Text);
        _text.Append(separator).Append(text);
        texts[^1] = texts[^1] with { Width = width };
    }
}
