using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// The body blocks of <c>lines[start..end)</c> with the dateline taken off the first paragraph and the link
/// markers read.
/// </summary>
internal sealed record TazBodyContent(
    ImmutableArray<TazBodyBlock> Blocks,
    TazDateline? Dateline,
    IReadOnlyList<(LinkMarkerScanner.Use Use, int Line)> LinkUses)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TazBodyContent Build(List<TazLine> lines, int start, int end, int width, TazDiagnosticBag bag)
    {
        var pieces = TazBodyLayout.Split(lines, start, end, width);
        var blocks = ImmutableArray.CreateBuilder<TazBodyBlock>(pieces.Count);
        var uses = new List<(LinkMarkerScanner.Use, int)>(16);
        TazDateline? dateline = null;
        var firstParagraph = true;
        foreach (var piece in pieces)
        {
            if (piece.IsSubhead)
            {
                var subhead = lines[piece.Start];
                blocks.Add(new TazSubhead(subhead.Shown[3..].Trim(' '), subhead.Truncated, subhead.Number));
                continue;
            }

            var paragraph = RawParagraph.Join(lines, piece.Start, piece.Count);
            if (firstParagraph && DatelineReader.TryRead(paragraph.Text) is { } found)
            {
                dateline = found.Dateline;
                paragraph.DropPrefix(found.PrefixLength);
            }

            firstParagraph = false;
            var scan = LinkMarkerScanner.Scan(paragraph.Text);
            for (var u = 0; u < scan.Uses.Count; u++)
            {
                uses.Add((scan.Uses[u], paragraph.LineAt(scan.Uses[u].Offset)));
            }

            for (var u = 0; u < scan.UnterminatedOffsets.Count; u++)
            {
                bag.Warn(paragraph.LineAt(scan.UnterminatedOffsets[u]), "link marker '[n][' has no closing ']' in its paragraph; kept as text");
            }

            blocks.Add(new TazParagraph(scan.Text.Trim(' '), paragraph.Text, paragraph.Truncated, paragraph.FirstLine));
        }

        return new TazBodyContent(blocks.MoveToImmutable(), dateline, uses);
    }
}
