using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §6.1–6.2: body lines become subheads and paragraphs. A blank line or a <c>## </c> line ends a
/// block; inside a block the width rule decides where one paragraph ends and the next begins.
/// </summary>
internal static class TazBodyLayout
{
    /// <summary>A paragraph (flow lines) or a subhead (one line), in body order.</summary>
    public readonly record struct Piece(IReadOnlyList<TazLine>? FlowLines, TazLine? Subhead);

    public static bool IsSubhead(string text) => text.StartsWith("## ", StringComparison.Ordinal);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<Piece> Split(IReadOnlyList<TazLine> body, int width)
    {
        var pieces = new List<Piece>();
        var paragraph = new List<TazLine>();
        void Flush()
        {
            if (paragraph.Count > 0)
            {
                pieces.Add(new Piece(paragraph, null));
                paragraph = [];
            }
        }

        foreach (var line in body)
        {
            if (line.IsBlank)
            {
                Flush();
            }
            else if (IsSubhead(line.Text))
            {
                Flush();
                pieces.Add(new Piece(null, line));
            }
            else
            {
                if (paragraph.Count > 0)
                {
                    var previous = paragraph[^1];
                    if (WidthRule.EndsParagraph(previous.Text, previous.Truncated, line.Text, width))
                    {
                        Flush();
                    }
                }

                paragraph.Add(line);
            }
        }

        Flush();
        return pieces;
    }
}
