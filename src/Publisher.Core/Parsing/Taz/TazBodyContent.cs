using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// The body blocks of <c>lines[start..end)</c> with the dateline taken off the first paragraph and the link
/// markers read, and the language its text is in (<see cref="LanguageGuess"/> over the blocks' text).
/// The paragraphs' markup lies in one pooled buffer, not in a string each: a build encodes it from there
/// (<see cref="TazBodyEncoding"/>), and <see cref="ToBlocks"/> makes the strings for a parse result.
/// Dispose returns the buffer, so nothing read from it may outlive this.
/// </summary>
internal sealed class TazBodyContent : IDisposable
{
    /// <summary>The lists of the thread's previous body, cleared, for its next; null while a body holds them.</summary>
    [ThreadStatic]
    private static (List<TazBodyPart> Parts, List<(LinkMarkerScanner.Use, int)> Uses, List<TazBodyLayout.Piece> Pieces)? cachedLists;

    private readonly List<TazBodyPart> parts;
    private readonly List<(LinkMarkerScanner.Use Use, int Line)> linkUses;
    private readonly List<TazBodyLayout.Piece> pieces;
    private char[] markup;

    private TazBodyContent(char[] markup, List<TazBodyPart> parts, TazDateline? dateline,
        List<(LinkMarkerScanner.Use Use, int Line)> linkUses, List<TazBodyLayout.Piece> pieces, string language)
    {
        this.markup = markup;
        this.parts = parts;
        this.linkUses = linkUses;
        this.pieces = pieces;
        Dateline = dateline;
        Language = language;
    }

    /// <summary>Subheads and paragraphs in body order.</summary>
    public IReadOnlyList<TazBodyPart> Parts => parts;

    public TazDateline? Dateline { get; }

    /// <summary>Every marker of the body in order, with the file line it stands on.</summary>
    public IReadOnlyList<(LinkMarkerScanner.Use Use, int Line)> LinkUses => linkUses;

    public string Language { get; }

    /// <summary>The markup of a paragraph part.</summary>
    public ReadOnlySpan<char> Markup(TazBodyPart part) => markup.AsSpan(part.Start, part.Length);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TazBodyContent Build(List<TazLine> lines, int start, int end, int width, TazDiagnosticBag bag)
    {
        var (parts, uses, pieces) = cachedLists ?? ([], [], []);
        cachedLists = null;
        TazBodyLayout.Split(lines, start, end, width, pieces);
        // Each body line at most once in the markup, with one joining space after it.
        var room = 0;
        for (var i = start; i < end; i++)
        {
            room += lines[i].Length + 1;
        }

        var markup = ArrayPool<char>.Shared.Rent(room);
        TazDateline? dateline = null;
        var language = default(LanguageGuess.Tally);
        var firstParagraph = true;
        var written = 0;
        foreach (var piece in pieces)
        {
            if (piece.IsSubhead)
            {
                var subhead = lines[piece.Start];
                var heading = subhead.ShownFrom(3).Trim(' ');
                language.Add(heading);
                parts.Add(new TazBodyPart(heading, 0, 0, subhead.Truncated, subhead.Number, []));
                continue;
            }

            var paragraph = RawParagraph.Of(lines, piece.Start, piece.Count);
            paragraph.CopyTo(markup.AsSpan(written));
            var text = markup.AsSpan(written, paragraph.Length);
            var dropped = 0;
            if (firstParagraph && DatelineReader.TryRead(text) is { } found)
            {
                dateline = found.Dateline;
                dropped = found.PrefixLength;
                while (dropped < text.Length && text[dropped] == ' ') dropped++; // "Berlin taz |  Text": no leading space (§14)
                text = text[dropped..];
            }

            firstParagraph = false;
            var scan = LinkMarkerScanner.Scan(text);
            for (var u = 0; u < scan.Uses.Count; u++)
            {
                uses.Add((scan.Uses[u], paragraph.LineAt(scan.Uses[u].Offset, dropped)));
            }

            for (var u = 0; u < scan.UnterminatedOffsets.Count; u++)
            {
                bag.Warn(paragraph.LineAt(scan.UnterminatedOffsets[u], dropped), "link marker '[n][' has no closing ']' in its paragraph; kept as text");
            }

            AddText(ref language, text, scan.Uses);
            parts.Add(new TazBodyPart(null, written + dropped, text.Length, paragraph.Truncated, paragraph.FirstLine, scan.Uses));
            written += paragraph.Length;
        }

        return new TazBodyContent(markup, parts, dateline, uses, pieces, language.Language);
    }

    /// <summary>The blocks of a parse result: the paragraphs' markup as strings.</summary>
    public ImmutableArray<TazBodyBlock> ToBlocks()
    {
        var blocks = ImmutableArray.CreateBuilder<TazBodyBlock>(parts.Count);
        foreach (var part in parts)
        {
            blocks.Add(part.Subhead is { } heading
                ? new TazSubhead(heading, part.Truncated, part.Line)
                : new TazParagraph(new string(Markup(part)), part.Truncated, part.Line) { Uses = part.Uses });
        }

        return blocks.MoveToImmutable();
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(markup);
        markup = [];
        parts.Clear();
        linkUses.Clear();
        pieces.Clear();
        // Lists grown by a huge file are not kept for the rest of the build.
        if (parts.Capacity <= 1 << 12 && linkUses.Capacity <= 1 << 12 && pieces.Capacity <= 1 << 12)
        {
            cachedLists = (parts, linkUses, pieces);
        }
    }

    /// <summary>Counts the words of the paragraph's text (its markup with the markers' anchors in their place) without making it a string.</summary>
    private static void AddText(ref LanguageGuess.Tally language, ReadOnlySpan<char> markup, IReadOnlyList<LinkMarkerScanner.Use> uses)
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
