using System.Text;
using PdfSharp.Drawing;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// A clickable area as the canvas gathers it (layout coordinates): where it leads, the text drawn in it and the index
/// of its annotation (<see cref="StructureRecorder.Link"/>).
/// </summary>
internal sealed class PageLink(XRect area, string target, string text, int annotation, Layout.StructureNode? node)
{
    /// <summary>The Link element's node, whose marked content the link's text is when a run holds only this link's words.</summary>
    public Layout.StructureNode? Node { get; } = node;

    private readonly StringBuilder _text = new(text);
    private double _right = area.Right;

    public XRect Area { get; private set; } = area;
    public string Target { get; } = target;
    public int Annotation { get; } = annotation;

    /// <summary>
    /// The annotation's /Contents, what a screen reader says for it: the text drawn in the area (artifacts, a table of
    /// contents' dot leaders, left out), else the address.
    /// </summary>
    public string Contents
    {
        get
        {
            var text = string.Join(' ', _text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            return text.Length > 0 ? text : Target.StartsWith('#') ? Target[1..] : Target;
        }
    }

    /// <summary>Widens the area by a piece on the same line; a gap before it is a space between the words.</summary>
    public void Extend(XRect area, string text)
    {
        var merged = Area;
        merged.Union(area);
        Area = merged;
        if (area.Left > _right + 0.01) _text.Append(' ');
        _text.Append(text);
        _right = Math.Max(_right, area.Right);
    }
}
