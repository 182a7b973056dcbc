using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §6.1–6.2: body lines become subheads and paragraphs. A blank line or a <c>## </c> line ends a
/// block; inside a block the width rule decides where one paragraph ends and the next begins.
/// </summary>
internal static class TazBodyLayout
{
    /// <summary>
    /// A paragraph (<paramref name="Count"/> flow lines from <paramref name="Start"/>) or a subhead (the one
    /// line at <paramref name="Start"/>), as positions in the file's lines, in body order.
    /// </summary>
    public readonly record struct Piece(int Start, int Count, bool IsSubhead);

    public static bool IsSubhead(ReadOnlySpan<char> text) => text.StartsWith("## ");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <summary>Adds the pieces of <c>lines[bodyStart..bodyEnd)</c> to <paramref name="pieces"/>.</summary>
    public static void Split(List<TazLine> lines, int bodyStart, int bodyEnd, int width, List<Piece> pieces)
    {
        var start = bodyStart;
        var count = 0;
        for (var i = bodyStart; i < bodyEnd; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                Flush(pieces, start, ref count);
            }
            else if (IsSubhead(line.Text))
            {
                Flush(pieces, start, ref count);
                pieces.Add(new Piece(i, 1, IsSubhead: true));
            }
            else
            {
                if (count > 0)
                {
                    var previous = lines[i - 1];
                    if (WidthRule.EndsParagraph(previous.Text, previous.Truncated, line.Text, width))
                    {
                        Flush(pieces, start, ref count);
                    }
                }

                if (count == 0)
                {
                    start = i;
                }

                count++;
            }
        }

        Flush(pieces, start, ref count);
    }

    private static void Flush(List<Piece> pieces, int start, ref int count)
    {
        if (count > 0)
        {
            pieces.Add(new Piece(start, count, IsSubhead: false));
            count = 0;
        }
    }
}
