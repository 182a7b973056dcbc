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

/// <summary>
/// A scalar, a list of scalars, or anything else YAML can hold (<see cref="Nested"/>: a mapping, a list of lists), with
/// the 1-based line it was written on. Which shape a field takes is its reader's business: an unknown field may have any.
/// </summary>
public sealed record FrontMatterValue(string Key, int Line, string? Scalar, ImmutableArray<string> Items)
{
    /// <summary>What the value is when it is neither a text nor a list of texts (<c>a mapping</c>), else null.</summary>
    public string? Nested { get; init; }

    public bool IsList => Scalar is null && Nested is null;

    /// <summary>What the value is, for a message: <c>a text</c>, <c>a list</c> or <see cref="Nested"/>.</summary>
    public string Shape => Scalar is not null ? "a text" : Nested ?? "a list";

    /// <summary>The value as a list: a scalar becomes one item, as it is (whether a field splits a text is its reader's business).</summary>
    public ImmutableArray<string> AsList() => IsList ? Items : string.IsNullOrWhiteSpace(Scalar) ? [] : [Scalar!];
}
