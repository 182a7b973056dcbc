using System.Collections.Immutable;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>
/// What one content file gave: its article (null when it could not be read as one) and every diagnostic the
/// parser reported for it, so a later build that reuses the result reports the same warnings.
/// </summary>
public sealed record ParsedFile(string RelativePath, FileStamp Stamp, Article? Article, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The article's links written relative to its page, as <see cref="ParseContext.RelativeLinks"/>: resolved again
    /// on every load, since where a link to another content file leads depends on the other files.
    /// </summary>
    public ImmutableArray<RelativeLink> RelativeLinks { get; init; } = [];
}
