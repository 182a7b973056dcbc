namespace Publisher.Typesetting.Rendering;

/// <summary>
/// One clickable area of a page in PDF page space (lower-left origin), and where it leads:
/// "#name" for a named destination, anything else a URI.
/// </summary>
internal readonly record struct LinkArea(double X1, double Y1, double X2, double Y2, string Target)
{
    public bool IsInternal => Target.StartsWith('#');
}
