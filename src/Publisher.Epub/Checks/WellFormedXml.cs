using System.Xml;

namespace Publisher.Epub.Checks;

/// <summary>
/// Whether a text is a well-formed XML document, as a strict XHTML reader parses it: the DOCTYPE is skipped, not
/// read (nothing is fetched), and only XML's own entities are known, as in EPUB 3's XHTML.
/// </summary>
internal static class WellFormedXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        CheckCharacters = true,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>What is wrong with <paramref name="text"/> (XmlException's message, with line and position), or null when nothing is.</summary>
    public static string? Problem(string text)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            while (reader.Read())
            {
            }
            return null;
        }
        catch (XmlException e)
        {
            return e.Message;
        }
    }
}
