using System.Collections.Immutable;

namespace Publisher.Core.Parsing;

/// <summary>Tag names as every parser stores them (spec §12): whitespace collapsed, trimmed, NFC, deduplicated in first-occurrence order.</summary>
public static class TagNames
{
    /// <summary>Up to this many names a repeat is found by a scan of those kept; beyond, by a set.</summary>
    private const int ScannedNames = 16;

    public static ImmutableArray<string> Normalise(IEnumerable<string> written)
    {
        HashSet<string>? seen = null;
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var raw in written)
        {
            var name = TextCleaning.ComposedForm(TextCleaning.CollapseAllWhitespace(raw));
            if (name.Length == 0) continue;
            if (seen is null)
            {
                if (builder.Contains(name)) continue;
                builder.Add(name);
                if (builder.Count == ScannedNames) seen = new HashSet<string>(builder, StringComparer.Ordinal);
            }
            else if (seen.Add(name))
            {
                builder.Add(name);
            }
        }
        return builder.ToImmutable();
    }
}
