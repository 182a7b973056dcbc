using System.Text;
using System.Xml.Linq;

namespace Publisher.Epub.Cover;

/// <summary>
/// What the covers of one build have in common at their start: the background, the masthead band and the site's
/// name are the same leading SVG elements on every cover. A thread keeps the pixels as they were after drawing the
/// leading elements its last two covers shared; a cover that starts with the same elements (same root attributes,
/// same elements as text) starts from a copy of those pixels and draws only the rest. Drawing is a function of the
/// canvas and the elements, so the pixels are the same as when every element is drawn.
/// </summary>
internal sealed class CoverStart
{
    [ThreadStatic]
    private static CoverStart? _kept;

    [ThreadStatic]
    private static string[]? _lastElements;

    private CoverStart(string[] elements, byte[] pixels)
    {
        Elements = elements;
        Pixels = pixels;
    }

    /// <summary>The root's attributes, then the leading elements the pixels hold, each as text.</summary>
    public string[] Elements { get; }

    public byte[] Pixels { get; }

    /// <summary>How many of the root's child elements the pixels hold.</summary>
    public int Count => Elements.Length - 1;

    /// <summary>The root's attributes and each child element, as text: what a cover is compared by.</summary>
    public static string[] TextOf(XElement root, IReadOnlyList<XElement> children)
    {
        var texts = new string[children.Count + 1];
        var text = new StringBuilder(256);
        AppendAttributes(text, root);
        texts[0] = text.ToString();
        for (var i = 0; i < children.Count; i++)
        {
            text.Clear();
            Append(text, children[i]);
            texts[i + 1] = text.ToString();
        }
        return texts;
    }

    /// <summary>
    /// An element as text that two elements share only if they draw alike: its name, its attributes in order, its
    /// text and its children, told apart by control characters no XML document can hold (cheaper than
    /// <see cref="XNode.ToString()"/>, which goes through an XML writer).
    /// </summary>
    private static void Append(StringBuilder text, XElement element)
    {
        text.Append('\u0001').Append(element.Name.NamespaceName).Append('\u0002').Append(element.Name.LocalName);
        AppendAttributes(text, element);
        foreach (var node in element.Nodes())
        {
            if (node is XElement child) Append(text, child);
            else if (node is XText characters) text.Append('\u0004').Append(characters.Value);
        }
        text.Append('\u0005');
    }

    private static void AppendAttributes(StringBuilder text, XElement element)
    {
        foreach (var attribute in element.Attributes())
            text.Append('\u0003').Append(attribute.Name.NamespaceName).Append('\u0002').Append(attribute.Name.LocalName).Append('\u0002').Append(attribute.Value);
    }

    /// <summary>The thread's kept start, when <paramref name="cover"/> begins with its elements.</summary>
    public static CoverStart? For(string[] cover) =>
        _kept is { } kept && kept.Elements.Length < cover.Length && kept.Elements.AsSpan().SequenceEqual(cover.AsSpan(0, kept.Elements.Length)) ? kept : null;

    /// <summary>
    /// How many leading child elements <paramref name="cover"/> shares with the thread's last cover (never all of
    /// them: the last one is what tells covers apart); remembers this cover as the last.
    /// </summary>
    public static int SharedWithLast(string[] cover)
    {
        var last = _lastElements;
        _lastElements = cover;
        if (last is null || last[0] != cover[0]) return 0;
        var shared = 0;
        while (shared + 2 < cover.Length && shared + 1 < last.Length && last[shared + 1] == cover[shared + 1]) shared++;
        return shared;
    }

    /// <summary>Keeps <paramref name="pixels"/> as the start of covers that begin with the first <paramref name="count"/> elements of <paramref name="cover"/>.</summary>
    public static void Keep(string[] cover, int count, ReadOnlySpan<byte> pixels)
    {
        var buffer = _kept is { } kept && kept.Pixels.Length == pixels.Length ? kept.Pixels : new byte[pixels.Length];
        pixels.CopyTo(buffer);
        _kept = new CoverStart(cover[..(count + 1)], buffer);
    }
}
