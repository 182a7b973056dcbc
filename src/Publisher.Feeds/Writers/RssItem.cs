using System.ServiceModel.Syndication;
using System.Xml;

namespace Publisher.Feeds.Writers;

/// <summary>
/// An RSS item that writes its own extension elements straight to the writer (<c>dc:creator</c>, <c>pubDate</c>,
/// <c>content:encoded</c>) instead of wrapping each in a serialised <see cref="SyndicationElementExtension"/>,
/// which would cost a serializer per element and a copy of the article. The article goes through <see cref="FeedSink"/>.
/// </summary>
internal sealed class RssItem(IReadOnlyList<string> creators, string pubDate, string contentHtml, FeedSink sink) : SyndicationItem
{
    protected override void WriteElementExtensions(XmlWriter writer, string version)
    {
        base.WriteElementExtensions(writer, version);
        foreach (var creator in creators) writer.WriteElementString("creator", FeedXml.DublinCoreNamespace, creator);
        writer.WriteElementString("pubDate", pubDate);
        writer.WriteStartElement("encoded", FeedXml.ContentNamespace);
        sink.WriteElementText(writer, contentHtml);
        writer.WriteEndElement();
    }
}
