using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace Publisher.Feeds.Writers;

/// <summary>The XML settings every feed shares: UTF-8 without BOM, LF line ends, indented, illegal characters refused.</summary>
internal static class FeedXml
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    public const string HistoryNamespace = "http://purl.org/syndication/history/1.0";
    public const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    public const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    /// <summary>Writes the feed as a whole document, ending with a line feed.</summary>
    public static void Write(Stream stream, SyndicationFeedFormatter formatter)
    {
        using (var writer = Create(stream))
        {
            writer.WriteStartDocument();
            formatter.WriteTo(writer);
            writer.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
    }

    internal static XmlWriter Create(Stream stream) => XmlWriter.Create(stream, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CheckCharacters = true,
        CloseOutput = false,
    });
}
