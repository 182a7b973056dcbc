using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Core.Parsing.Taz;

/// <summary>Spec §12: one tag per line; whitespace collapsed, trimmed, NFC, deduplicated in first-occurrence order.</summary>
internal static partial class TagsSection
{
    public static List<string> Read(IReadOnlyList<TazLine> lines)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tags = new List<string>();
        foreach (var line in lines)
        {
            var tag = Normalise(line.Shown);
            if (tag.Length > 0 && seen.Add(tag))
            {
                tags.Add(tag);
            }
        }

        return tags;
    }

    public static string Normalise(string text)
    {
        var collapsed = WhitespaceRegex().Replace(text, " ").Trim();
        return collapsed.IsNormalized(NormalizationForm.FormC) ? collapsed : collapsed.Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRegex();
}
