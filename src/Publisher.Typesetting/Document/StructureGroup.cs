namespace Publisher.Typesetting.Document;

/// <summary>
/// A container the reader flattens into its blocks but a tagged PDF keeps as one structure element: an
/// &lt;article&gt; (<c>Art</c>) or a &lt;section&gt; (<c>Sect</c>), with its own language. Every block of the container
/// carries it (<see cref="BlockAttributes.Groups"/>); its identity is the container's, not its values'.
/// </summary>
public sealed class StructureGroup(string role, string? language)
{
    /// <summary>The standard structure type: "Art" or "Sect".</summary>
    public string Role { get; } = role;

    /// <summary>The container's <c>lang</c>; null: the enclosing one's.</summary>
    public string? Language { get; } = language;
}
