using System.Text;

namespace Publisher.Typesetting.Markup;

/// <summary>A node of the markup tree the reader walks: text or an element (names in lower case).</summary>
internal abstract class MarkupNode
{
    public MarkupElement? Parent { get; set; }
}

internal sealed class MarkupText(string data) : MarkupNode
{
    public string Data { get; } = data;
}

/// <summary>An element with its attributes, children and where it starts in the source (1-based).</summary>
internal sealed class MarkupElement(string localName, int line, int column) : MarkupNode
{
    private List<KeyValuePair<string, string>>? _attributes;

    public string LocalName { get; } = localName;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public List<MarkupNode> Children { get; } = [];

    public IEnumerable<MarkupElement> Elements => Children.OfType<MarkupElement>();

    public string? Id => GetAttribute("id");

    public string? ClassName => GetAttribute("class");

    public void SetAttribute(string name, string value)
    {
        _attributes ??= [];
        _attributes.Add(new(name, value));
    }

    public string? GetAttribute(string name)
    {
        if (_attributes is null) return null;
        foreach (var (key, value) in _attributes)
            if (key == name) return value;
        return null;
    }

    public bool HasClass(string name)
    {
        var classes = ClassName;
        if (classes is null) return false;
        foreach (var range in classes.AsSpan().SplitAny(" \t\n\r\f"))
            if (classes.AsSpan()[range].SequenceEqual(name)) return true;
        return false;
    }

    public void Add(MarkupNode child)
    {
        child.Parent = this;
        Children.Add(child);
    }

    public string TextContent
    {
        get
        {
            var builder = new StringBuilder();
            AppendText(this, builder);
            return builder.ToString();
        }
    }

    public MarkupElement? Closest(string name)
    {
        for (var element = this; element is not null; element = element.Parent)
            if (element.LocalName == name) return element;
        return null;
    }

    public IEnumerable<MarkupElement> Descendants()
    {
        foreach (var child in Elements)
        {
            yield return child;
            foreach (var descendant in child.Descendants()) yield return descendant;
        }
    }

    public MarkupElement? FirstChild(string name) => Elements.FirstOrDefault(e => e.LocalName == name);

    private static void AppendText(MarkupElement element, StringBuilder builder)
    {
        foreach (var child in element.Children)
        {
            if (child is MarkupText text) builder.Append(text.Data);
            else if (child is MarkupElement inner) AppendText(inner, builder);
        }
    }
}
