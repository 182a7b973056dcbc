using System.Globalization;
using System.Text;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// The tagged PDF's structure tree as indirect objects numbered from <c>firstNumber</c> on (written by
/// <see cref="PdfRewriter"/> after the link annotations): the /StructTreeRoot, its /ParentTree (one number-tree node:
/// each page's key is its index and its value an array of the elements its MCIDs belong to, by MCID; each link
/// annotation's key follows the pages' and its value is its Link element), each page's array, then the elements in the
/// order they joined the tree. A kid on the element's own page is its MCID; one on another page (a block split over
/// pages) a marked-content reference; a link annotation an object reference. /Lang is written where an element's
/// language differs from the one it stands in (the catalog's for the root).
/// </summary>
internal sealed class StructureObjects
{
    private readonly StringBuilder _text = new(1024);
    private readonly MemoryStream _bytes = new();
    private readonly List<int> _starts = [];
    private readonly Dictionary<int, string> _pageEntries = [];
    private readonly int[] _pageNumbers;
    private readonly int _firstAnnotation;

    public StructureObjects(StructureRecorder structure, int[] pageNumbers, int firstAnnotation, int firstNumber, string documentLanguage)
    {
        _pageNumbers = pageNumbers;
        _firstAnnotation = firstAnnotation;
        FirstNumber = firstNumber;
        var root = firstNumber;
        var parentTree = firstNumber + 1;
        var number = firstNumber + 2;
        var arrays = new int[structure.PageCount];
        for (var page = 0; page < arrays.Length; page++)
        {
            if (structure.ContentOwners(page).Count == 0) continue;
            arrays[page] = number++;
            _pageEntries[page] = "/StructParents " + Integer(page);
        }
        foreach (var element in structure.Elements) element.Number = number++;
        var nextKey = structure.PageCount + structure.Links.Count;

        Begin(root).Append("<</Type/StructTreeRoot");
        if (structure.Elements.Count > 0) _text.Append("/K ").Append(Reference(structure.Elements[0].Number));
        _text.Append("/ParentTree ").Append(Reference(parentTree)).Append("/ParentTreeNextKey ").Append(Integer(nextKey)).Append(">>");
        End();

        Begin(parentTree).Append("<</Nums[");
        var first = true;
        for (var page = 0; page < arrays.Length; page++)
        {
            if (arrays[page] == 0) continue;
            Separate(ref first).Append(Integer(page)).Append(' ').Append(Reference(arrays[page]));
        }
        for (var i = 0; i < structure.Links.Count; i++)
            Separate(ref first).Append(Integer(structure.PageCount + i)).Append(' ').Append(Reference(structure.Links[i].Number));
        _text.Append("]>>");
        End();

        for (var page = 0; page < arrays.Length; page++)
        {
            if (arrays[page] == 0) continue;
            Begin(arrays[page]).Append('[');
            first = true;
            foreach (var owner in structure.ContentOwners(page)) Separate(ref first).Append(Reference(owner.Number));
            _text.Append(']');
            End();
        }

        foreach (var element in structure.Elements) WriteElement(element, root, documentLanguage);
    }

    public int FirstNumber { get; }

    public int Count => _starts.Count;

    /// <summary>The root's number: the catalog's /StructTreeRoot.</summary>
    public int RootNumber => FirstNumber;

    public ReadOnlySpan<byte> Bytes => _bytes.GetBuffer().AsSpan(0, (int)_bytes.Length);

    /// <summary>Where object <c>FirstNumber + index</c> starts within <see cref="Bytes"/>.</summary>
    public int StartOf(int index) => _starts[index];

    /// <summary>The page's "/StructParents n" entry (0-based page), or null when nothing on it is content.</summary>
    public string? EntryOf(int page) => _pageEntries.GetValueOrDefault(page);

    private void WriteElement(StructureElement element, int root, string documentLanguage)
    {
        Begin(element.Number).Append("<</Type/StructElem/S/").Append(element.Role)
            .Append("/P ").Append(Reference(element.Parent?.Number ?? root));
        if (element.Page is { } page) _text.Append("/Pg ").Append(Reference(_pageNumbers[page]));
        var surrounding = element.Parent?.EffectiveLanguage ?? documentLanguage;
        if (element.Language is { } language && !string.Equals(language, surrounding, StringComparison.OrdinalIgnoreCase))
            _text.Append("/Lang").Append(LinkAnnotations.Literal(language));
        if (element.Scope is { } scope) _text.Append("/A<</O/Table/Scope/").Append(scope).Append(">>");
        if (element.Alt is { } alt) _text.Append("/Alt").Append(LinkAnnotations.Literal(alt));
        if (element.BBox is { } box)
            _text.Append("/A<</O/Layout/BBox[").Append(Decimal(box.X1)).Append(' ').Append(Decimal(box.Y1)).Append(' ')
                .Append(Decimal(box.X2)).Append(' ').Append(Decimal(box.Y2)).Append("]>>");
        _text.Append("/K[");
        var first = true;
        foreach (var kid in element.Kids)
        {
            Separate(ref first);
            if (kid.Child is { } child) _text.Append(Reference(child.Number));
            else if (kid.IsAnnotation)
                _text.Append("<</Type/OBJR/Obj ").Append(Reference(_firstAnnotation + kid.Index)).Append("/Pg ").Append(Reference(_pageNumbers[kid.Page])).Append(">>");
            else if (kid.Page == element.Page) _text.Append(Integer(kid.Index));
            else _text.Append("<</Type/MCR/Pg ").Append(Reference(_pageNumbers[kid.Page])).Append("/MCID ").Append(Integer(kid.Index)).Append(">>");
        }
        _text.Append("]>>");
        End();
    }

    private StringBuilder Begin(int number)
    {
        if (number != FirstNumber + _starts.Count) throw new InvalidOperationException($"structure object {number} written out of order");
        _starts.Add((int)_bytes.Length);
        return _text.Clear().Append(Integer(number)).Append(" 0 obj\n");
    }

    private void End()
    {
        _text.Append("\nendobj\n");
        _bytes.Write(Encoding.Latin1.GetBytes(_text.ToString()));
    }

    private StringBuilder Separate(ref bool first)
    {
        if (!first) _text.Append(' ');
        first = false;
        return _text;
    }

    private static string Reference(int number) => Integer(number) + " 0 R";

    private static string Decimal(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
