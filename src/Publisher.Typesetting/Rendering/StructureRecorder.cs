using Publisher.Typesetting.Layout;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// The tagged PDF's structure tree as the drawing pass meets it: an element joins its parent (and the parent its own,
/// up to the root) when it is first tagged, so children stand in drawing order, which is reading order (flowables are
/// drawn in document order, a slice's lines top to bottom). Each page's marked-content ids (MCIDs) are handed out here,
/// in the order the page's sequences are written, and each link annotation gets a Link element under the element its
/// text belongs to. <see cref="StructureObjects"/> writes the result.
/// </summary>
internal sealed class StructureRecorder(int pageCount)
{
    private readonly Dictionary<StructureNode, StructureElement> _elements = new(ReferenceEqualityComparer.Instance);
    private readonly List<StructureElement>[] _contentOwners = [.. Enumerable.Range(0, pageCount).Select(_ => new List<StructureElement>())];

    /// <summary>Every element in the order it joined the tree; the root (if anything was tagged) first.</summary>
    public List<StructureElement> Elements { get; } = [];

    /// <summary>The Link element of each annotation, in annotation order (page by page, in drawing order).</summary>
    public List<StructureElement> Links { get; } = [];

    public int PageCount => pageCount;

    /// <summary>The element each MCID of page <paramref name="page"/> (0-based) belongs to, by MCID.</summary>
    public IReadOnlyList<StructureElement> ContentOwners(int page) => _contentOwners[page];

    /// <summary>The element for <paramref name="node"/>, joined to the tree with its ancestors if it was not yet.</summary>
    public StructureElement Attach(StructureNode node)
    {
        if (_elements.TryGetValue(node, out var element)) return element;
        var parent = node.Parent is { } parentNode ? Attach(parentNode) : null;
        element = new StructureElement(node.Role, parent, node.Language, node.Scope, node.Alt);
        _elements[node] = element;
        Elements.Add(element);
        parent?.Kids.Add(StructureKid.Element(element));
        return element;
    }

    /// <summary>A new marked-content sequence of <paramref name="node"/> on page <paramref name="page"/>: its MCID.</summary>
    public int Content(StructureNode node, int page)
    {
        var element = Attach(node);
        var owners = _contentOwners[page];
        var mcid = owners.Count;
        owners.Add(element);
        element.Kids.Add(StructureKid.Content(page, mcid));
        element.Page ??= page;
        return mcid;
    }

    /// <summary>Widens <paramref name="node"/>'s bounding box (a Figure's /BBox) by a box in PDF space.</summary>
    public void Bounds(StructureNode node, double x1, double y1, double x2, double y2)
    {
        var element = Attach(node);
        element.BBox = element.BBox is { } box ? (Math.Min(box.X1, x1), Math.Min(box.Y1, y1), Math.Max(box.X2, x2), Math.Max(box.Y2, y2)) : (x1, y1, x2, y2);
    }

    /// <summary>
    /// A Link element for the next link annotation (on page <paramref name="page"/>), under the element its text belongs
    /// to (the root for a link in an artifact); returns the annotation's index and, under an element, the Link's node
    /// (its text can be tagged as the Link's own).
    /// </summary>
    public int Link(StructureNode? owner, int page, out StructureNode? node)
    {
        StructureElement link;
        if (owner is not null)
        {
            node = new StructureNode("Link", owner);
            link = Attach(node);
        }
        else
        {
            node = null;
            var root = Elements.Count > 0 ? Elements[0] : null;
            link = new StructureElement("Link", root, null, null);
            Elements.Add(link);
            root?.Kids.Add(StructureKid.Element(link));
        }
        link.Page ??= page;
        var index = Links.Count;
        link.Kids.Add(StructureKid.Annotation(page, index));
        Links.Add(link);
        return index;
    }
}
