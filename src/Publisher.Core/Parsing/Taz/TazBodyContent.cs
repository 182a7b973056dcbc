using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// The body blocks of <c>lines[start..end)</c> with the dateline taken off the first paragraph and the link
/// markers read, and the language its text is in (<see cref="LanguageGuess"/> over the blocks' text).
/// </summary>
internal sealed record TazBodyContent(
    ImmutableArray<TazBodyBlock> Blocks,
    TazDateline? Dateline,
    IReadOnlyList<(LinkMarkerScanner.Use Use, int Line)> LinkUses,
    string Language)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TazBodyContent Build(List<TazLine> lines, int start, int end, int width, TazDiagnosticBag bag)
    {
        var pieces = TazBodyLayout.Split(lines, start, end, width);
        var blocks = ImmutableArray.CreateBuilder<TazBodyBlock>(pieces.Count);
        var uses = new List<(LinkMarkerScanner.Use, int)>(16);
        TazDateline? dateline = null;
        var language = default(LanguageGuess.Tally);
        var firstParagraph = true;
        foreach (var piece in pieces)
        {
            if (piece.IsSubhead)
            {
                var subhead = lines[piece.Start];
                var heading = subhead.ShownFrom(3).Trim(' ');
                language.Add(heading);
                blocks.Add(new TazSubhead(heading, subhead.Truncated, subhead.Number));
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

            AddText(ref language, paragraph.Text, scan.Uses);
            blocks.Add(new TazParagraph(paragraph.Text, paragraph.Truncated, paragraph.FirstLine) { Uses = scan.Uses });
        }

        return new TazBodyContent(blocks.MoveToImmutable(), dateline, uses, language.Language);
    }

    /// <summary>Counts the words of the paragraph's text (its markup with the markers' anchors in their place) without making it a string.</summary>
    private static void AddText(ref LanguageGuess.Tally language, string markup, IReadOnlyList<LinkMarkerScanner.Use> uses)
    {
        if (uses.Count == 0)
        {
            language.Add(markup);
            return;
        }

        var length = LinkMarkerScanner.TextLength(markup, uses);
        var buffer = ArrayPool<char>.Shared.Rent(length);
        LinkMarkerScanner.CopyText(markup, uses, buffer);
        language.Add(buffer.AsSpan(0, length));
        ArrayPool<char>.Shared.Return(buffer);
    }
}
