using System.ServiceModel.Syndication;
using System.Xml;

namespace Publisher.Feeds.Writers;

/// <summary>
/// An Atom feed marked as an RFC 5005 archive: writes <c>&lt;fh:archive /&gt;</c> itself. An <c>XElement</c> added to
/// <see cref="SyndicationFeed.ElementExtensions"/> would go through DataContractSerializer, which trimming (the Native
/// AOT CLI) cannot keep working.
/// </summary>
internal sealed class AtomArchiveFeed(string title, string? description, string id, DateTimeOffset updated)
    : SyndicationFeed(title, description, feedAlternateLink: null, id, updated)
{
    protected override void WriteElementExtensions(XmlWriter writer, string version)
    {
        base.WriteElementExtensions(writer, version);
        writer.WriteStartElement("archive", FeedXml.HistoryNamespace);
        writer.WriteEndElement();
    }
}
