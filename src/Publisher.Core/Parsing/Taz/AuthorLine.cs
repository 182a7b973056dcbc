using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Author bylines (spec §7, clarification 1): <c>[Role ]von|by NAMES</c> as a header line, or the
/// print-era teaser suffix <c>■ [role ]von|mit NAMES</c>.
/// </summary>
public sealed partial record AuthorLine(ImmutableArray<string> Authors, string? Role)
{
    private static readonly HashSet<string> Particles =
    [
        "von", "van", "de", "der", "den", "del", "della", "di", "da", "du", "dos",
        "zu", "zur", "vom", "ten", "ter", "le", "la", "al", "el", "bin", "ibn",
    ];

    /// <summary>A whole header line such as <c>Kommentar von Miriam Okafor</c>.</summary>
    public static AuthorLine? TryRead(string line)
    {
        var match = BylineRegex().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var names = ReadNames(match.Groups["names"].Value);
        if (names.IsDefault)
        {
            return null;
        }

        var role = match.Groups["role"].Success ? match.Groups["role"].Value : null;
        return new AuthorLine(names, role);
    }

    /// <summary>
    /// The teaser suffix after its last <c>■</c>, <c>[role ]von|mit NAMES</c>; returns the teaser without it. The role
    /// is whatever stands before the first <c>von</c> or <c>mit</c> after which valid names follow (<c>Eine Reportage
    /// aus dem Grenzgebiet von …</c>, <c>Ein Ortsbesuch in SO 36 von …</c>, <c>Ein Gespräch mit Ursula von der Leyen</c>).
    /// </summary>
    public static AuthorLine? TryReadTeaserSuffix(string teaser, out string teaserWithoutSuffix)
    {
        teaserWithoutSuffix = teaser;
        var mark = teaser.LastIndexOf('■');
        if (mark < 0)
        {
            return null;
        }

        var suffix = teaser[(mark + 1)..].Trim(' ');
        foreach (Match word in SuffixWordRegex().Matches(suffix))
        {
            var names = ReadNames(suffix[(word.Index + word.Length)..]);
            if (names.IsDefault)
            {
                continue;
            }

            var role = suffix[..word.Index].TrimEnd(' ');
            teaserWithoutSuffix = teaser[..mark].TrimEnd(' ');
            return new AuthorLine(names, role.Length > 0 ? role : null);
        }

        return null;
    }

    /// <summary>1–5 names joined by <c>, </c>, <c> und </c>, <c> and </c>, <c> &amp; </c>; default when invalid.</summary>
    private static ImmutableArray<string> ReadNames(string text)
    {
        var names = NameSeparatorRegex().Split(text);
        if (names.Length is < 1 or > 5)
        {
            return default;
        }

        foreach (var name in names)
        {
            if (!IsName(name))
            {
                return default;
            }
        }

        return [.. names];
    }

    private static bool IsName(string name)
    {
        var tokens = name.Split(' ');
        if (tokens.Length is < 1 or > 5)
        {
            return false;
        }

        var capitalised = 0;
        foreach (var token in tokens)
        {
            if (CapitalisedRegex().IsMatch(token))
            {
                capitalised++;
            }
            else if (!Particles.Contains(token))
            {
                return false;
            }
        }

        return capitalised > 0;
    }

    [GeneratedRegex(@"^(?:(?<role>Kommentar|Kolumne|Essay|Analyse|Interview|Gastkommentar|Gastbeitrag|Reportage|Rezension|Porträt|Commentary|Analysis|Column|Report) )?(?:von|Von|by|By) (?<names>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex BylineRegex();

    /// <summary>The word that leads to the names in a teaser suffix (spec §7: von or mit, also capitalised).</summary>
    [GeneratedRegex(@"(?<=^| )(?:von|Von|mit|Mit) ", RegexOptions.CultureInvariant)]
    private static partial Regex SuffixWordRegex();

    [GeneratedRegex(@", | und | and | & ", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparatorRegex();

    [GeneratedRegex(@"^\p{Lu}[\w'’.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedRegex();
}
