using System.Collections.Immutable;

namespace Publisher.Core.Parsing.Markdown;

/// <summary>The fields of a Markdown file's YAML front matter, each with the line it stood on.</summary>
public sealed record FrontMatter
{
    public ImmutableDictionary<string, FrontMatterValue> Fields { get; init; } =
        ImmutableDictionary<string, FrontMatterValue>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Number of lines the front matter occupies, delimiters included; the body starts after them.</summary>
    public int LineCount { get; init; }

    public FrontMatterValue? Get(params string[] names)
    {
        foreach (var name in names)
            if (Fields.TryGetValue(name, out var value)) return value;
        return null;
    }
}

/// <summary>A scalar or a list of scalars, with the 1-based line it was written on.</summary>
public sealed record FrontMatterValue(string Key, int Line, string? Scalar, ImmutableArray<string> Items)
{
    public bool IsList => Scalar is null;

    /// <summary>The value as a list: a scalar becomes one item, as it is (whether a field splits a text is its reader's business).</summary>
    public ImmutableArray<string> AsList() => IsList ? Items : string.IsNullOrWhiteSpace(Scalar) ? [] : [Scalar!];
}
