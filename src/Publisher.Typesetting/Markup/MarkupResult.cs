using Publisher.Typesetting.Document;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Markup;

/// <summary>What the reader produced: the blocks, the style the markup asked for, and any problems.</summary>
public sealed record MarkupResult(IReadOnlyList<Block> Blocks, TypesettingStyle Style, string? Language,
    IReadOnlyList<MarkupDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
