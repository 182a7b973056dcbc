using System.Xml;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Publisher.Typesetting.Markup;

/// <summary>
/// Builds the tree the reader walks. Well-formed XHTML with &lt;html&gt; and &lt;body&gt; (what the
/// shipped templates write) is read with <see cref="XmlReader"/>, without building a browser DOM;
/// anything else (HTML entities such as &amp;nbsp;, unclosed tags, a fragment) is parsed as HTML by
/// AngleSharp, which repairs it the way browsers do, and converted.
/// </summary>
internal static class MarkupTree
{
    private static readonly HtmlParser HtmlParser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        XmlResolver = null,
    };

    /// <summary>The &lt;html&gt; element of <paramref name="markup"/>; never throws.</summary>
    public static MarkupElement Parse(string markup) => TryReadXml(markup) ?? ReadHtml(markup);

    internal static MarkupElement? TryReadXml(string markup)
    {
        MarkupElement? root = null;
        var open = new Stack<MarkupElement>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(markup), XmlSettings);
            var position = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        // Line info points at the name; the column of '<' is one before.
                        var element = new MarkupElement(reader.LocalName.ToLowerInvariant(), position.LineNumber, Math.Max(1, position.LinePosition - 1));
                        while (reader.MoveToNextAttribute())
                        {
                            if (reader.Name == "xmlns" || reader.Prefix == "xmlns") continue;
                            element.SetAttribute((reader.Prefix.Length > 0 ? reader.Name : reader.LocalName).ToLowerInvariant(), reader.Value);
                        }
                        reader.MoveToElement();
                        if (open.Count == 0) root = element;
                        else open.Peek().Add(element);
                        if (!reader.IsEmptyElement) open.Push(element);
                        break;
                    case XmlNodeType.EndElement:
                        open.Pop();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        if (open.Count > 0) open.Peek().Add(new MarkupText(WithoutPreNewline(open.Peek(), reader.Value)));
                        break;
                }
            }
        }
        catch (XmlException)
        {
            return null;
        }
        return root is { LocalName: "html" } && root.FirstChild("body") is not null ? root : null;
    }

    /// <summary>
    /// A newline right after &lt;pre&gt; belongs to the markup, not the text (HTML drops it, and so does
    /// AngleSharp): both ways of reading give the same tree.
    /// </summary>
    private static string WithoutPreNewline(MarkupElement parent, string text) =>
        text.StartsWith('\n') && parent is { LocalName: "pre", Children.Count: 0 } ? text[1..] : text;

    internal static MarkupElement ReadHtml(string markup)
    {
        var document = HtmlParser.ParseDocument(markup);
        return Convert(document.DocumentElement);
    }

    private static MarkupElement Convert(IElement source)
    {
        var position = source.SourceReference?.Position;
        var element = new MarkupElement(source.LocalName, position?.Line ?? 1, position?.Column ?? 1);
        foreach (var attribute in source.Attributes) element.SetAttribute(attribute.Name, attribute.Value);
        foreach (var child in source.ChildNodes)
        {
            if (child is IElement inner) element.Add(Convert(inner));
            else if (child is IText text) element.Add(new MarkupText(text.Data));
        }
        return element;
    }
}
