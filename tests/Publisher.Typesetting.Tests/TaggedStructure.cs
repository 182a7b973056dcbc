using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// A tagged PDF's structure tree as PdfPig reads it from the file (catalog, /StructTreeRoot, /ParentTree, the pages'
/// marked content), with every cross-reference checked both ways: each MCID in a page's content stream has its
/// element in the parent tree and that element lists it; each element's MCID is in the page's content; each link
/// annotation's /StructParent leads to a Link element whose OBJR is that annotation. <see cref="Problems"/> lists
/// every mismatch (empty: consistent).
/// </summary>
public sealed class TaggedStructure
{
    /// <summary>An element: role, own /Lang, /Scope, children in order, its own text (the letters of its MCIDs, in kid order).</summary>
    public sealed class Element(string role, string? language, string? scope)
    {
        public string Role { get; } = role;
        public string? Language { get; } = language;
        public string? Scope { get; } = scope;
        public Element? Parent { get; set; }
        public List<Element> Children { get; } = [];
        public List<(int Page, int Mcid)> Content { get; } = [];
        public List<IndirectReference> Annotations { get; } = [];
        public string Text { get; set; } = "";

        /// <summary>Its kids in order: an <see cref="Element"/> or a (page, MCID) of its own content.</summary>
        public List<object> Kids { get; } = [];

        internal Dictionary<(int Page, int Mcid), string> SequenceTexts { get; set; } = [];

        /// <summary>The element's text with its descendants', in kid order (a paragraph's words around its link's).</summary>
        public string AllText => string.Concat(Kids.Select(kid => kid is Element child ? child.AllText
            : SequenceTexts.GetValueOrDefault(((int, int))kid, "")));

        public IEnumerable<Element> Descendants() => Children.SelectMany(child => child.Descendants().Prepend(child));

        /// <summary>The roles of the subtree, indented by depth: "Document\n  H1\n  P\n…".</summary>
        public string Outline(int depth = 0) =>
            new string(' ', 2 * depth) + Role + "\n" + string.Concat(Children.Select(child => child.Outline(depth + 1)));
    }

    private readonly PdfPigDocument _pdf;
    private readonly Dictionary<IndirectReference, Element> _elements = [];
    private readonly Dictionary<(int Page, int Mcid), string> _sequenceTexts = [];

    public TaggedStructure(PdfPigDocument pdf)
    {
        _pdf = pdf;
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        Marked = Resolve(catalog, "MarkInfo") is DictionaryToken markInfo && Resolve(markInfo, "Marked") is BooleanToken { Data: true };
        var pageReferences = PageReferences(Resolve(catalog, "Pages") as DictionaryToken).ToList();
        if (Resolve(catalog, "StructTreeRoot") is not DictionaryToken root)
        {
            Problems.Add("no /StructTreeRoot");
            return;
        }
        ParentTreeNextKey = Resolve(root, "ParentTreeNextKey") is NumericToken next ? next.Int : -1;
        var parentTree = NumberTree(Resolve(root, "ParentTree") as DictionaryToken);
        var rootKid = root.Data.TryGetValue("K", out var k) ? k : null;
        Root = rootKid is IndirectReferenceToken reference ? ReadElement(reference.Data, null, pageReferences) : null;
        if (Root is null) Problems.Add("the structure tree root has no element");
        foreach (var page in pdf.GetPages()) CheckPage(page, pageReferences, parentTree);
        foreach (var element in _elements.Values)
        foreach (var (page, mcid) in element.Content)
            if (!Owners.TryGetValue((page, mcid), out var owner) || owner != element)
                Problems.Add($"{element.Role} lists MCID {mcid} of page {page}, which the page's parent tree entry does not give it");
        foreach (var element in _elements.Values) element.SequenceTexts = _sequenceTexts;
        if (parentTree.Count > 0 && ParentTreeNextKey <= parentTree.Keys.Max()) Problems.Add("/ParentTreeNextKey is not above every key");
    }

    public bool Marked { get; }
    public Element? Root { get; }
    public int ParentTreeNextKey { get; }
    public List<string> Problems { get; } = [];

    /// <summary>The element of each (page, MCID) found in the content streams, from the parent tree.</summary>
    public Dictionary<(int Page, int Mcid), Element> Owners { get; } = [];

    /// <summary>Each page's letters in artifact sequences, and in no marked-content sequence at all.</summary>
    public Dictionary<int, string> ArtifactText { get; } = [];
    public Dictionary<int, string> UnmarkedText { get; } = [];

    /// <summary>Each link annotation's /Contents and the Link element its /StructParent leads to.</summary>
    public List<(string Contents, Element Link)> Links { get; } = [];

    public IEnumerable<Element> All => Root is null ? [] : Root.Descendants().Prepend(Root);

    public static TaggedStructure Read(string path)
    {
        using var pdf = PdfPigDocument.Open(path);
        return new TaggedStructure(pdf);
    }

    private Element ReadElement(IndirectReference reference, Element? parent, List<IndirectReference> pages)
    {
        var dictionary = (DictionaryToken)_pdf.Structure.GetObject(reference).Data;
        var role = ((NameToken)Resolve(dictionary, "S")!).Data;
        var attributes = Resolve(dictionary, "A") as DictionaryToken;
        var element = new Element(role, (Resolve(dictionary, "Lang") as StringToken)?.Data,
            attributes is null ? null : (Resolve(attributes, "Scope") as NameToken)?.Data) { Parent = parent };
        _elements[reference] = element;
        if (Resolve(dictionary, "P") is null) Problems.Add($"{role} has no /P");
        var elementPage = dictionary.Data.TryGetValue("Pg", out var pg) && pg is IndirectReferenceToken pgRef ? pages.IndexOf(pgRef.Data) + 1 : 0;
        IEnumerable<IToken> kids = dictionary.Data.TryGetValue("K", out var k) ? k is ArrayToken array ? array.Data : [k] : [];
        foreach (var kid in kids)
        {
            switch (kid)
            {
                case NumericToken mcid:
                    if (elementPage == 0) Problems.Add($"{role} has an MCID but no /Pg");
                    element.Content.Add((elementPage, mcid.Int));
                    element.Kids.Add((elementPage, mcid.Int));
                    break;
                case IndirectReferenceToken child:
                    var childElement = ReadElement(child.Data, element, pages);
                    element.Children.Add(childElement);
                    element.Kids.Add(childElement);
                    break;
                case DictionaryToken { } reference2 when Resolve(reference2, "Type") is NameToken { Data: "MCR" }:
                    var mcrPage = reference2.Data["Pg"] is IndirectReferenceToken p ? pages.IndexOf(p.Data) + 1 : 0;
                    element.Content.Add((mcrPage, ((NumericToken)reference2.Data["MCID"]).Int));
                    element.Kids.Add((mcrPage, ((NumericToken)reference2.Data["MCID"]).Int));
                    break;
                case DictionaryToken objr when Resolve(objr, "Type") is NameToken { Data: "OBJR" }:
                    element.Annotations.Add(((IndirectReferenceToken)objr.Data["Obj"]).Data);
                    break;
                default:
                    Problems.Add($"{role} has a kid PdfPig reads as {kid}");
                    break;
            }
        }
        return element;
    }

    private void CheckPage(Page page, List<IndirectReference> pages, Dictionary<int, IToken> parentTree)
    {
        var sequences = new Dictionary<int, string>();
        var artifacts = new System.Text.StringBuilder();
        var marked = new HashSet<Letter>(ReferenceEqualityComparer.Instance);
        void Walk(MarkedContentElement content, bool inArtifact)
        {
            var artifact = inArtifact || content.IsArtifact;
            if (!artifact && content.MarkedContentIdentifier >= 0)
                sequences[content.MarkedContentIdentifier] = string.Concat(content.Letters.Select(l => l.Value));
            if (artifact) artifacts.Append(string.Concat(content.Letters.Select(l => l.Value)));
            foreach (var letter in content.Letters) marked.Add(letter);
            foreach (var child in content.Children) Walk(child, artifact);
        }
        foreach (var content in page.GetMarkedContents()) Walk(content, false);
        ArtifactText[page.Number] = artifacts.ToString();
        UnmarkedText[page.Number] = string.Concat(page.Letters.Where(l => !marked.Contains(l)).Select(l => l.Value));

        var key = page.Dictionary.Data.TryGetValue("StructParents", out var sp) ? ((NumericToken)sp).Int : -1;
        if (sequences.Count > 0 && key < 0) Problems.Add($"page {page.Number} has marked content but no /StructParents");
        if (key >= 0)
        {
            var owners = parentTree.TryGetValue(key, out var value) ? Resolve(value) as ArrayToken : null;
            if (owners is null) Problems.Add($"page {page.Number}: no parent tree entry {key}");
            else
            {
                if (owners.Data.Count != sequences.Count) Problems.Add($"page {page.Number}: {sequences.Count} MCIDs, parent tree entry has {owners.Data.Count}");
                foreach (var (mcid, text) in sequences.OrderBy(pair => pair.Key))
                {
                    if (mcid >= owners.Data.Count || owners.Data[mcid] is not IndirectReferenceToken owner || !_elements.TryGetValue(owner.Data, out var element))
                    {
                        Problems.Add($"page {page.Number}: MCID {mcid} has no element in the tree");
                        continue;
                    }
                    Owners[(page.Number, mcid)] = element;
                    if (!element.Content.Contains((page.Number, mcid))) Problems.Add($"page {page.Number}: MCID {mcid}'s element {element.Role} does not list it");
                }
            }
        }
        foreach (var (mcid, text) in sequences) _sequenceTexts[(page.Number, mcid)] = text;
        foreach (var element in _elements.Values)
            element.Text = string.Concat(element.Content.Select(c => c.Page == page.Number && sequences.TryGetValue(c.Mcid, out var t) ? t : ""))
                           is { Length: > 0 } here ? element.Text + here : element.Text;

        if (!page.Dictionary.Data.TryGetValue("Annots", out var annots)) return;
        foreach (var annotation in ((ArrayToken)Resolve(annots)!).Data.OfType<IndirectReferenceToken>())
        {
            var dictionary = (DictionaryToken)_pdf.Structure.GetObject(annotation.Data).Data;
            var contents = (Resolve(dictionary, "Contents") as StringToken)?.Data ?? (Resolve(dictionary, "Contents") as HexToken)?.Data ?? "";
            if (Resolve(dictionary, "StructParent") is not NumericToken parent || !parentTree.TryGetValue(parent.Int, out var linkToken)
                || linkToken is not IndirectReferenceToken linkReference || !_elements.TryGetValue(linkReference.Data, out var link))
            {
                Problems.Add($"page {page.Number}: a link annotation without a Link element");
                continue;
            }
            if (link.Role != "Link" || !link.Annotations.Contains(annotation.Data)) Problems.Add($"page {page.Number}: the annotation's element is no Link with its OBJR");
            Links.Add((contents, link));
        }
    }

    private IEnumerable<IndirectReference> PageReferences(DictionaryToken? node)
    {
        if (node is null || Resolve(node, "Kids") is not ArrayToken kids) yield break;
        foreach (var kid in kids.Data.OfType<IndirectReferenceToken>())
        {
            var child = (DictionaryToken)_pdf.Structure.GetObject(kid.Data).Data;
            if (Resolve(child, "Type") is NameToken { Data: "Pages" })
                foreach (var page in PageReferences(child)) yield return page;
            else yield return kid.Data;
        }
    }

    private Dictionary<int, IToken> NumberTree(DictionaryToken? node)
    {
        var entries = new Dictionary<int, IToken>();
        if (node is null) return entries;
        if (Resolve(node, "Nums") is ArrayToken nums)
            for (var i = 0; i + 1 < nums.Data.Count; i += 2) entries[((NumericToken)nums.Data[i]).Int] = nums.Data[i + 1];
        if (Resolve(node, "Kids") is ArrayToken kids)
            foreach (var kid in kids.Data)
            foreach (var (key, value) in NumberTree(Resolve(kid) as DictionaryToken))
                entries[key] = value;
        return entries;
    }

    private IToken? Resolve(DictionaryToken dictionary, string key) => dictionary.Data.TryGetValue(key, out var token) ? Resolve(token) : null;

    private IToken? Resolve(IToken? token) => token is IndirectReferenceToken reference ? _pdf.Structure.GetObject(reference.Data).Data : token;
}
