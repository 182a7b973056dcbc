using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §9: the <c>## LINKS</c> definitions <c>[n] TARGET</c> merged with the markers used in the body:
/// one entry per number defined or used, sorted by number.
/// </summary>
internal static partial class LinksSection
{
    public readonly record struct Definition(string Href, bool Truncated, int Line);

    public static Dictionary<int, Definition> ReadDefinitions(IReadOnlyList<TazLine> lines, TazDiagnosticBag diagnostics)
    {
        var definitions = new Dictionary<int, Definition>();
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            var match = DefinitionRegex().Match(line.Shown);
            if (!match.Success)
            {
                diagnostics.Warn(line.Number, "line in ## LINKS is not a '[n] target' definition; ignored");
                continue;
            }

            var number = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            if (!definitions.TryAdd(number, new Definition(match.Groups[2].Value, line.Truncated, line.Number)))
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
        var anchors = new SortedDictionary<int, List<string>>();
        foreach (var (use, line) in uses)
        {
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

        var links = ImmutableArray.CreateBuilder<TazLink>(anchors.Count);
        foreach (var (number, list) in anchors)
        {
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

    [GeneratedRegex(@"^\[([0-9]{1,3})\] (.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DefinitionRegex();
}
