using CsCheck;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Tests.Parsing.Taz;

/// <summary>
/// LINKS definitions merged with the body's markers gather each number's anchors from the uses sorted by number; the
/// links and warnings must be those of the plain reading: a list of anchors per number, in order of use.
/// </summary>
public sealed class LinksMergePropertyTests
{
    private static readonly Gen<(LinkMarkerScanner.Use Use, int Line)> Use =
        Gen.Select(Gen.Int[0, 12], Gen.OneOf("a", "b c", "", "[x]", "ä"), Gen.Int[1, 40],
            (number, anchor, line) => (new LinkMarkerScanner.Use(number, anchor, 0, 0), line));

    private static readonly Gen<Dictionary<int, LinksSection.Definition>> Definitions =
        Gen.Select(Gen.Int[0, 12], Gen.OneOf("/a/!1", "https://example.org/ü", "//host/p", "mailto:x@example.org"), Gen.Bool, Gen.Int[1, 40],
                (number, href, truncated, line) => (number, new LinksSection.Definition(href, truncated, line)))
            .Array[0, 10]
            .Select(pairs =>
            {
                var definitions = new Dictionary<int, LinksSection.Definition>();
                foreach (var (number, definition) in pairs) definitions.TryAdd(number, definition);
                return definitions;
            });

    [Fact]
    public void Gives_the_links_and_warnings_of_a_list_per_number()
    {
        Gen.Select(Definitions, Use.Array[0, 30]).Sample((definitions, uses) =>
        {
            var bag = new TazDiagnosticBag("x.txt");
            var links = LinksSection.Merge(definitions, uses, bag);
            var expectedBag = new TazDiagnosticBag("x.txt");
            var expected = Reference(definitions, uses, expectedBag);

            Assert.Equal(expected.Select(Describe), links.Select(Describe));
            Assert.Equal(expectedBag.Diagnostics.ToArray(), bag.Diagnostics.ToArray());
        }, iter: 5000);
    }

    private static string Describe(TazLink link) =>
        $"{link.Ref} {link.Href} {link.Url} {link.Truncated} [{string.Join("|", link.Anchors)}]";

    private static List<TazLink> Reference(Dictionary<int, LinksSection.Definition> definitions, IReadOnlyList<(LinkMarkerScanner.Use Use, int Line)> uses, TazDiagnosticBag diagnostics)
    {
        var anchors = new Dictionary<int, List<string>>();
        foreach (var (use, line) in uses)
        {
            if (!anchors.TryGetValue(use.Ref, out var list))
            {
                anchors[use.Ref] = list = [];
                if (!definitions.ContainsKey(use.Ref)) diagnostics.Warn(line, $"link [{use.Ref}] is used but not defined in ## LINKS");
            }
            list.Add(use.Anchor);
        }
        foreach (var (number, definition) in definitions)
        {
            if (anchors.TryAdd(number, [])) diagnostics.Warn(definition.Line, $"link [{number}] is defined but never used");
        }
        return [.. anchors.Keys.Order().Select(number => definitions.TryGetValue(number, out var d)
            ? new TazLink(number, d.Href, d.Truncated ? null : LinkTarget.ToUrl(d.Href), d.Truncated, [.. anchors[number]])
            : new TazLink(number, null, null, false, [.. anchors[number]]))];
    }
}
