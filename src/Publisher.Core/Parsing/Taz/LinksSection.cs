using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §9: the <c>## LINKS</c> definitions <c>[n] TARGET</c> merged with the markers used in the body:
/// one entry per number defined or used, sorted by number.
/// </summary>
internal static class LinksSection
{
    public readonly record struct Definition(string Href, bool Truncated, int Line);

    public static Dictionary<int, Definition> ReadDefinitions(IReadOnlyList<TazLine> lines, TazDiagnosticBag diagnostics)
    {
        var definitions = new Dictionary<int, Definition>(lines.Count);
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            if (!TryDefinition(line.Text, out var number, out var targetStart))
            {
                diagnostics.Warn(line.Number, "line in ## LINKS is not a '[n] target' definition; ignored");
                continue;
            }

            if (!definitions.TryAdd(number, new Definition(line.ShownFrom(targetStart), line.Truncated, line.Number)))
            {
                diagnostics.Warn(line.Number, $"link [{number}] is defined twice; the first definition is kept");
            }
        }

        return definitions;
    }

    public static ImmutableArray<TazLink> Merge(
        Dictionary<int, Definition> definitions,
        IReadOnlyList<(LinkMarkerScanner.Use Use, int Line)> uses,
        TazDiagnosticBag diagnostics)
    {
        var used = new HashSet<int>(uses.Count);
        for (var u = 0; u < uses.Count; u++)
        {
            var (use, line) = uses[u];
            if (used.Add(use.Ref) && !definitions.ContainsKey(use.Ref))
            {
                diagnostics.Warn(line, $"link [{use.Ref}] is used but not defined in ## LINKS");
            }
        }

        var numbers = new List<int>(used.Count + definitions.Count);
        numbers.AddRange(used);
        foreach (var (number, definition) in definitions)
        {
            if (!used.Contains(number))
            {
                numbers.Add(number);
                diagnostics.Warn(definition.Line, $"link [{number}] is defined but never used");
            }
        }

        numbers.Sort();
        var order = UsesByNumber(uses);
        var next = 0;
        var links = ImmutableArray.CreateBuilder<TazLink>(numbers.Count);
        foreach (var number in numbers)
        {
            var first = next;
            while (next < order.Length && uses[order[next]].Use.Ref == number)
            {
                next++;
            }

            var anchors = AnchorsOf(uses, order.AsSpan(first, next - first));
            if (definitions.TryGetValue(number, out var definition))
            {
                var url = definition.Truncated ? null : LinkTarget.ToUrl(definition.Href);
                links.Add(new TazLink(number, definition.Href, url, definition.Truncated, anchors));
            }
            else
            {
                links.Add(new TazLink(number, null, null, false, anchors));
            }
        }

        return links.MoveToImmutable();
    }

    /// <summary>The positions in <paramref name="uses"/>, by link number and, within one number, in order of use.</summary>
    private static int[] UsesByNumber(IReadOnlyList<(LinkMarkerScanner.Use Use, int Line)> uses)
    {
        var order = new int[uses.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => uses[a].Use.Ref != uses[b].Use.Ref ? uses[a].Use.Ref.CompareTo(uses[b].Use.Ref) : a.CompareTo(b));
        return order;
    }

    private static ImmutableArray<string> AnchorsOf(IReadOnlyList<(LinkMarkerScanner.Use Use, int Line)> uses, ReadOnlySpan<int> positions)
    {
        if (positions.IsEmpty)
        {
            return [];
        }

        var anchors = new string[positions.Length];
        for (var i = 0; i < anchors.Length; i++)
        {
            anchors[i] = uses[positions[i]].Use.Anchor;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(anchors);
    }

    /// <summary>
    /// Matches <c>^\[([0-9]{1,3})\] (.*)$</c>: the number, and where the target starts. The U+FFFD that
    /// <see cref="TazLine.Shown"/> drops sits after that prefix, so the text and the shown text agree on it.
    /// </summary>
    private static bool TryDefinition(ReadOnlySpan<char> text, out int number, out int targetStart)
    {
        number = 0;
        targetStart = 0;
        if (text.Length < 4 || text[0] != '[')
        {
            return false;
        }

        var i = 1;
        while (i < text.Length && i <= 3 && char.IsAsciiDigit(text[i]))
        {
            number = number * 10 + (text[i] - '0');
            i++;
        }

        if (i == 1 || i + 1 >= text.Length || text[i] != ']' || text[i + 1] != ' ')
        {
            return false;
        }

        targetStart = i + 2;
        return true;
    }
}
