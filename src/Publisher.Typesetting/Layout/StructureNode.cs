namespace Publisher.Typesetting.Layout;

/// <summary>
/// An element of the tagged PDF's logical structure (ISO 32000-1 §14.7–14.8): its standard type ("P", "H2", "LI",
/// "TD" …), its parent and its own language (null: its parent's). Made by the composer for each block and the
/// parts of lists and tables, without children: the drawing pass attaches an element to its parent when the element
/// is first drawn, so the children stand in reading order (which is drawing order) and an element nothing is drawn
/// for is not in the tree. Compared by identity.
/// </summary>
public sealed class StructureNode(string role, StructureNode? parent, string? language = null)
{
    public string Role { get; } = role;

    /// <summary>Null for the document's root element.</summary>
    public StructureNode? Parent { get; } = parent;

    public string? Language { get; } = language;

    /// <summary>A table header cell's /Scope: "Column", "Row", or null (not a header cell, or unknown).</summary>
    public string? Scope { get; init; }

    /// <summary>A Figure's text alternative (/Alt), null for other elements.</summary>
    public string? Alt { get; init; }

    /// <summary>The root element of a document (/S /Document).</summary>
    public static StructureNode Document(string? language) => new("Document", null, language);

    /// <summary>The language in effect for this element: its own, else the nearest ancestor's.</summary>
    public string? EffectiveLanguage
    {
        get
        {
            for (var node = this; node is not null; node = node.Parent)
                if (node.Language is not null) return node.Language;
            return null;
        }
    }

    public override string ToString() => Role;
}
