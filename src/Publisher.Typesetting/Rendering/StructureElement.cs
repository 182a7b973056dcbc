namespace Publisher.Typesetting.Rendering;

/// <summary>One element of the recorded tree; <see cref="Page"/> is the page of its first content (its /Pg).</summary>
internal sealed class StructureElement(string role, StructureElement? parent, string? language, string? scope)
{
    public string Role { get; } = role;
    public StructureElement? Parent { get; } = parent;
    public string? Language { get; } = language;
    public string? Scope { get; } = scope;
    public int? Page { get; set; }
    public List<StructureKid> Kids { get; } = [];

    /// <summary>Its object number, once <see cref="StructureObjects"/> numbered it.</summary>
    public int Number { get; set; }

    /// <summary>Its language or the nearest ancestor's; null where none has one.</summary>
    public string? EffectiveLanguage => Language ?? Parent?.EffectiveLanguage;
}
