namespace Publisher.Typesetting.Rendering;

/// <summary>A child of an element: another element, a marked-content sequence (page, MCID) or a link annotation (page, index).</summary>
internal readonly record struct StructureKid(StructureElement? Child, int Page, int Index, bool IsAnnotation)
{
    public static StructureKid Element(StructureElement child) => new(child, -1, -1, false);
    public static StructureKid Content(int page, int mcid) => new(null, page, mcid, false);
    public static StructureKid Annotation(int page, int index) => new(null, page, index, true);
}
