namespace Publisher.Typesetting.Rendering;

/// <summary>
/// One clickable area of a page in PDF page space (lower-left origin), and where it leads:
/// "#name" for a named destination, anything else a URI; its /Contents (the link's text, for screen readers) and its
/// key in the structure tree's parent tree (/StructParent; -1: none).
/// </summary>
internal readonly record struct LinkArea(double X1, double Y1, double X2, double Y2, string Target)
{
    public string Contents { get; init; } = "";
    public int StructParent { get; init; } = -1;

    public bool IsInternal => Target.StartsWith('#');
}
