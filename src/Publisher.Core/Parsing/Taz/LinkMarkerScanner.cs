using System.Runtime.CompilerServices;
using System.Text;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §9: markers <c>[n][anchor]</c> (n = 1–3 digits) in a paragraph's markup; the anchor ends at the
/// matching <c>]</c> counting nested brackets and may span joined lines. <c>text</c> replaces each marker
/// by its anchor; an unterminated marker stays literal.
/// </summary>
internal static class LinkMarkerScanner
{
    /// <summary>One reusable builder per thread: parsing runs in parallel over files.</summary>
    [ThreadStatic]
    private static StringBuilder? cached;

    /// <summary>One marker: <paramref name="Offset"/> is its <c>[</c>, <paramref name="End"/> just after its closing <c>]</c>.</summary>
    public readonly record struct Use(int Ref, string Anchor, int Offset, int End);

    public sealed record Result(string Text, IReadOnlyList<Use> Uses, IReadOnlyList<int> UnterminatedOffsets);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Result Scan(string markup)
    {
        if (markup.IndexOf("][", StringComparison.Ordinal) < 0)
        {
            return new Result(markup, [], []);
        }

        var text = cached ?? new StringBuilder(markup.Length);
        cached = null;
        text.Clear();
        var uses = new List<Use>(MarkerBound(markup));
        var unterminated = new List<int>();
        Walk(markup, text, uses, unterminated);
        var result = new Result(text.ToString(), uses, unterminated);
        cached = text.Capacity <= 1 << 16 ? text : null;
        return result;
    }

    /// <summary>The markers alone, in order, without building the shown text.</summary>
    public static IReadOnlyList<Use> UsesOf(string markup)
    {
        if (markup.IndexOf("][", StringComparison.Ordinal) < 0)
        {
            return [];
        }

        var uses = new List<Use>(MarkerBound(markup));
        Walk(markup, null, uses, null);
        return uses;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Walk(string markup, StringBuilder? text, List<Use> uses, List<int>? unterminated)
    {
        var i = 0;
        while (i < markup.Length)
        {
            if (markup[i] == '[' && TryMarkerStart(markup, i, out var number, out var anchorStart))
            {
                var close = MatchingBracket(markup, anchorStart);
                if (close >= 0)
                {
                    var anchor = markup[anchorStart..close];
                    uses.Add(new Use(number, anchor, i, close + 1));
                    text?.Append(anchor);
                    i = close + 1;
                    continue;
                }

                unterminated?.Add(i);
            }

            var next = markup.IndexOf('[', i + 1);
            var end = next < 0 ? markup.Length : next;
            text?.Append(markup, i, end - i);
            i = end;
        }
    }

    /// <summary>At least the number of markers: each has its own <c>][</c>.</summary>
    private static int MarkerBound(string markup) => markup.AsSpan().Count("][");

    /// <summary>Matches <c>\[(\d{1,3})\]\[</c> at <paramref name="start"/>.</summary>
    private static bool TryMarkerStart(string s, int start, out int number, out int anchorStart)
    {
        number = 0;
        anchorStart = 0;
        var i = start + 1;
        var digits = 0;
        while (i < s.Length && s[i] is >= '0' and <= '9' && digits < 4)
        {
            number = number * 10 + (s[i] - '0');
            digits++;
            i++;
        }

        if (digits is < 1 or > 3 || i + 1 >= s.Length || s[i] != ']' || s[i + 1] != '[')
        {
            return false;
        }

        anchorStart = i + 2;
        return true;
    }

    /// <summary>
    /// Anchors longer than this are treated as unterminated, which keeps hostile input such as thousands
    /// of unclosed <c>[1][</c> linear (a real anchor is at most a few sentences).
    /// </summary>
    public const int MaxAnchorLength = 4000;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int MatchingBracket(string s, int from)
    {
        var depth = 0;
        var end = Math.Min(s.Length, from + MaxAnchorLength);
        for (var i = from; i < end; i++)
        {
            if (s[i] == '[')
            {
                depth++;
            }
            else if (s[i] == ']')
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
        }

        return -1;
    }
}
