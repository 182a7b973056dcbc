namespace Publisher.Typesetting.Rendering;

/// <summary>One element of the recorded tree; <see cref="Page"/> is the page of its first content (its /Pg).</summary>
internal sealed class StructureElement(string role, StructureElement? parent, string? language, string? scope, string? alt = null)
{
    /// <summary>A Figure's /Alt.</summary>
    public string? Alt { get; } = alt;

    /// <summary>A Figure's bounding box on its page in PDF space (x1, y1, x2, y2): its /A &lt;&lt;/O /Layout /BBox&gt;&gt;.</summary>
    public (double X1, double Y1, double X2, double Y2)? BBox { get; set; }

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
