using Markdig.Extensions.SmartyPants;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publisher.Core.Parsing.Markdown.Punctuation;

/// <summary>
/// Reads straight quotes as CommonMark's smart punctuation does (commonmark.js, pandoc): a quote opens when it is
/// left-flanking only (<c>"Text</c>, <c>("Text</c>), closes when it is right-flanking (<c>Text"</c>, <c>Text.'"</c>,
/// and inside a word, <c>geht's</c>), and a closer pairs with the nearest opener of its kind, the openers in between
/// left unpaired. Each becomes a <see cref="SmartyPant"/> whose type says what it is; an unpaired single quote is an
/// apostrophe (<see cref="SmartyPantType.Quote"/>), and so is one before a digit (<c>'90s</c>), which opens nothing.
/// Markdig's own SmartyPants parser follows the stricter rules of <c>_</c>: it leaves <c>wieder.'"</c> and every
/// apostrophe straight, and so the quote before them unpaired.
/// </summary>
internal sealed class QuoteInlineParser : InlineParser
{
    public QuoteInlineParser() => OpeningCharacters = ['\'', '"'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var before = slice.PeekCharExtra(-1);
        var mark = slice.CurrentChar;
        var after = slice.PeekChar();
        var (leftFlanking, rightFlanking) = Flanking(before, after);
        var single = mark == '\'';
        var opens = leftFlanking && !rightFlanking && !(single && char.IsAsciiDigit(after));
        var pant = new SmartyPant
        {
            Span = { Start = processor.GetSourcePosition(slice.Start, out var line, out var column) },
            Line = line,
            Column = column,
            OpeningCharacter = mark,
            Type = rightFlanking ? single ? SmartyPantType.RightQuote : SmartyPantType.RightDoubleQuote
                : opens ? single ? SmartyPantType.LeftQuote : SmartyPantType.LeftDoubleQuote
                : single ? SmartyPantType.Quote : SmartyPantType.DoubleQuote,
        };
        pant.Span.End = pant.Span.Start;
        slice.SkipChar();
        if (processor.ParserStates[Index] is not List<SmartyPant> quotes)
            processor.ParserStates[Index] = quotes = [];
        if (quotes.Count == 0) processor.Block!.ProcessInlinesEnd += Pair;
        quotes.Add(pant);
        processor.Inline = pant;
        return true;
    }

    /// <summary>
    /// CommonMark's left- and right-flanking, from the characters before and after the mark (<c>\0</c> at a line's ends
    /// counts as white space). Markdig's <c>CharHelper.CheckOpenCloseDelimiter</c> is not used: it does not take a dash for
    /// punctuation, so the quotes in <c>said---"no"---and</c> were neither opening nor closing and stayed straight.
    /// </summary>
    private static (bool Left, bool Right) Flanking(char before, char after)
    {
        static bool White(char c) => c == '\0' || char.IsWhiteSpace(c);
        static bool Punctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c); // Unicode P and S, as CommonMark 0.31
        var left = !White(after) && (!Punctuation(after) || White(before) || Punctuation(before));
        var right = !White(before) && (!Punctuation(before) || White(after) || Punctuation(after));
        return (left, right);
    }

    /// <summary>Once the block's inlines are read: pairs its quotes; one left unpaired is an apostrophe, or a straight double quote.</summary>
    private void Pair(InlineProcessor processor, Inline? inline)
    {
        processor.Block!.ProcessInlinesEnd -= Pair;
        var quotes = (List<SmartyPant>)processor.ParserStates[Index];
        var openers = new List<SmartyPant>();
        var paired = new HashSet<SmartyPant>(ReferenceEqualityComparer.Instance);
        foreach (var quote in quotes)
        {
            if (quote.Type is SmartyPantType.LeftQuote or SmartyPantType.LeftDoubleQuote)
            {
                openers.Add(quote);
                continue;
            }
            if (quote.Type is not (SmartyPantType.RightQuote or SmartyPantType.RightDoubleQuote)) continue;
            var opener = openers.FindLastIndex(o => o.OpeningCharacter == quote.OpeningCharacter);
            if (opener < 0) continue;
            paired.Add(openers[opener]);
            paired.Add(quote);
            openers.RemoveRange(opener, openers.Count - opener);
        }
        var closesTyped = ClosersOfTypedOpeners(processor.Block!.Inline!, quotes, paired);
        foreach (var quote in quotes)
        {
            if (!paired.Contains(quote) && !closesTyped.Contains(quote))
                quote.Type = quote.OpeningCharacter == '\'' ? SmartyPantType.Quote : SmartyPantType.DoubleQuote;
        }
        quotes.Clear();
    }

    /// <summary>
    /// The unpaired straight double quotes after a word that close a quotation its author opened with a typographic mark
    /// (<c>„Moabiter Nächte"</c>, typed with a German keyboard's „ and a straight "): <c>„</c> only ever opens (closed by
    /// “ or ”), so a straight closer while one is open is taken as its end. « is left alone: German books close with it
    /// (»…«). Other unpaired quotes stay as they are.
    /// </summary>
    private static HashSet<SmartyPant> ClosersOfTypedOpeners(ContainerInline root, List<SmartyPant> quotes, HashSet<SmartyPant> paired)
    {
        var closers = new HashSet<SmartyPant>(ReferenceEqualityComparer.Instance);
        if (quotes.TrueForAll(q => paired.Contains(q) || q.Type != SmartyPantType.RightDoubleQuote)) return closers;
        var open = 0; // typed „ not yet closed, in document order
        foreach (var inline in root.Descendants())
        {
            if (inline is LiteralInline literal)
            {
                foreach (var c in literal.Content.AsSpan())
                {
                    if (c == '\u201E') open++;
                    else if (c is '\u201C' or '\u201D' && open > 0) open--;
                }
            }
            else if (inline is SmartyPant { Type: SmartyPantType.RightDoubleQuote } quote && !paired.Contains(quote) && open > 0)
            {
                closers.Add(quote);
                open--;
            }
        }
        return closers;
    }
}
