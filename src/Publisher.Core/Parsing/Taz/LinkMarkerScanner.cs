using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §9: markers <c>[n][anchor]</c> (n = 1–3 digits) in a paragraph's markup; the anchor ends at the
/// matching <c>]</c> counting nested brackets and may span joined lines. <c>text</c> replaces each marker
/// by its anchor (<see cref="TextOf(string)"/>); an unterminated marker stays literal.
/// </summary>
internal static class LinkMarkerScanner
{
    /// <summary>One marker: <paramref name="Offset"/> is its <c>[</c>, <paramref name="End"/> just after its closing <c>]</c>.</summary>
    public readonly record struct Use(int Ref, string Anchor, int Offset, int End);

    public sealed record Result(IReadOnlyList<Use> Uses, IReadOnlyList<int> UnterminatedOffsets)
    {
        public static Result None { get; } = new([], []);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Result Scan(ReadOnlySpan<char> markup)
    {
        if (markup.IndexOf("][") < 0)
        {
            return Result.None;
        }

        var uses = new List<Use>(MarkerBound(markup));
        List<int>? unterminated = null;
        Walk(markup, uses, ref unterminated, report: true);
        return new Result(uses, unterminated ?? (IReadOnlyList<int>)[]);
    }

    /// <summary>The markers alone, in order.</summary>
    public static IReadOnlyList<Use> UsesOf(ReadOnlySpan<char> markup)
    {
        if (markup.IndexOf("][") < 0)
        {
            return [];
        }

        var uses = new List<Use>(MarkerBound(markup));
        List<int>? unterminated = null;
        Walk(markup, uses, ref unterminated, report: false);
        return uses;
    }

    /// <summary>The text a reader sees: <paramref name="markup"/> with each marker replaced by its anchor.</summary>
    public static string TextOf(string markup) => TextOf(markup, UsesOf(markup));

    /// <summary><see cref="TextOf(string)"/> with the markers <paramref name="uses"/> of <paramref name="markup"/> known.</summary>
    public static string TextOf(string markup, IReadOnlyList<Use> uses) =>
        uses.Count == 0
            ? markup
            : string.Create(TextLength(markup, uses), (markup, uses), static (span, state) => CopyText(state.markup, state.uses, span));

    /// <summary>Length of <see cref="TextOf(string)"/> given the markers <paramref name="uses"/> of <paramref name="markup"/>.</summary>
    public static int TextLength(ReadOnlySpan<char> markup, IReadOnlyList<Use> uses)
    {
        var length = markup.Length;
        for (var u = 0; u < uses.Count; u++)
        {
            length -= uses[u].End - uses[u].Offset - uses[u].Anchor.Length;
        }

        return length;
    }

    /// <summary>Writes <see cref="TextOf(string)"/> to the start of <paramref name="destination"/> (at least <see cref="TextLength"/> long).</summary>
    public static void CopyText(ReadOnlySpan<char> markup, IReadOnlyList<Use> uses, Span<char> destination)
    {
        var position = 0;
        var written = 0;
        for (var u = 0; u < uses.Count; u++)
        {
            var use = uses[u];
            markup[position..use.Offset].CopyTo(destination[written..]);
            written += use.Offset - position;
            use.Anchor.CopyTo(destination[written..]);
            written += use.Anchor.Length;
            position = use.End;
        }

        markup[position..].CopyTo(destination[written..]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <param name="unterminated">The offsets of unterminated markers when <paramref name="report"/>: made when the first is found.</param>
    private static void Walk(ReadOnlySpan<char> markup, List<Use> uses, ref List<int>? unterminated, bool report)
    {
        var i = 0;
        while (i < markup.Length)
        {
            if (markup[i] == '[' && TryMarkerStart(markup, i, out var number, out var anchorStart))
            {
                var close = MatchingBracket(markup, anchorStart);
                if (close >= 0)
                {
                    uses.Add(new Use(number, new string(markup[anchorStart..close]), i, close + 1));
                    i = close + 1;
                    continue;
                }

                if (report)
                {
                    (unterminated ??= []).Add(i);
                }
            }

            var next = markup[(i + 1)..].IndexOf('[');
            i = next < 0 ? markup.Length : i + 1 + next;
        }
    }

    /// <summary>At least the number of markers: each has its own <c>][</c>.</summary>
    private static int MarkerBound(ReadOnlySpan<char> markup) => markup.Count("][");

    /// <summary>Matches <c>\[(\d{1,3})\]\[</c> at <paramref name="start"/>.</summary>
    private static bool TryMarkerStart(ReadOnlySpan<char> s, int start, out int number, out int anchorStart)
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
    private static int MatchingBracket(ReadOnlySpan<char> s, int from)
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
