using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>The result of reading a content folder.</summary>
/// <param name="Files">Every article file read, in path order (files that could not be opened are left out).</param>
/// <param name="Articles">The articles, duplicates removed, in path order.</param>
/// <param name="Reused">How many files were taken from the previous build's results instead of parsed.</param>
public sealed record ContentLoad(ImmutableArray<ParsedFile> Files, ImmutableArray<Article> Articles, int Reused);
