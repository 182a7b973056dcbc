using System.Collections.Immutable;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>
/// What one content file gave: its article (null when it could not be read as one) and every diagnostic the
/// parser reported for it, so a later build that reuses the result reports the same warnings.
/// </summary>
public sealed record ParsedFile(string RelativePath, FileStamp Stamp, Article? Article, ImmutableArray<Diagnostic> Diagnostics);
