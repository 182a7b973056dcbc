using System.Collections.Immutable;

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
        var anchors = new Dictionary<int, List<string>>(definitions.Count + uses.Count);
        for (var u = 0; u < uses.Count; u++)
        {
            var (use, line) = uses[u];
            if (!anchors.TryGetValue(use.Ref, out var list))
            {
                list = [];
                anchors[use.Ref] = list;
                if (!definitions.ContainsKey(use.Ref))
                {
                    diagnostics.Warn(line, $"link [{use.Ref}] is used but not defined in ## LINKS");
                }
            }

            list.Add(use.Anchor);
        }

        foreach (var (number, definition) in definitions)
        {
            if (!anchors.ContainsKey(number))
            {
                anchors[number] = [];
                diagnostics.Warn(definition.Line, $"link [{number}] is defined but never used");
            }
        }

        var numbers = new int[anchors.Count];
        anchors.Keys.CopyTo(numbers, 0);
        Array.Sort(numbers);
        var links = ImmutableArray.CreateBuilder<TazLink>(anchors.Count);
        foreach (var number in numbers)
        {
            var list = anchors[number];
            if (definitions.TryGetValue(number, out var definition))
            {
                var url = definition.Truncated ? null : LinkTarget.ToUrl(definition.Href);
                links.Add(new TazLink(number, definition.Href, url, definition.Truncated, [.. list]));
            }
            else
            {
                links.Add(new TazLink(number, null, null, false, [.. list]));
            }
        }

        return links.MoveToImmutable();
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
