using System.Collections.Immutable;

namespace Publisher.Core.Parsing;

/// <summary>Tag names as every parser stores them (spec §12): whitespace collapsed, trimmed, NFC, deduplicated in first-occurrence order.</summary>
public static class TagNames
{
    public static ImmutableArray<string> Normalise(IEnumerable<string> written)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var raw in written)
        {
            var name = TextCleaning.ComposedForm(TextCleaning.CollapseWhitespace(raw));
            if (name.Length > 0 && seen.Add(name)) builder.Add(name);
        }
        return builder.ToImmutable();
    }
}
