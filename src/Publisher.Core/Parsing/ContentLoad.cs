using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>The result of reading a content folder.</summary>
/// <param name="Files">Every article file read, in path order (files that could not be opened are left out).</param>
/// <param name="Articles">The articles, duplicates removed, in path order.</param>
/// <param name="Reused">How many files were taken from the previous build's results instead of parsed.</param>
public sealed record ContentLoad(ImmutableArray<ParsedFile> Files, ImmutableArray<Article> Articles, int Reused)
{
    /// <summary>
    /// The article files and folders that could not be read (denied, gone while read, a symbolic link to nothing), by
    /// content-relative path (<c>""</c>: the content folder itself), in path order; each has an error. What they hold is
    /// unknown: outputs made without them could lack articles they had.
    /// </summary>
    public ImmutableArray<string> Unreadable { get; init; } = [];
}
