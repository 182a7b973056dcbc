using System.ServiceModel.Syndication;
using System.Xml;

namespace Publisher.Feeds.Writers;

/// <summary>An RSS channel that writes <c>lastBuildDate</c> as <see cref="Rfc822Date"/> itself (see <see cref="RssItem"/>).</summary>
internal sealed class RssChannel(string title, string description, Uri link, string lastBuildDate) : SyndicationFeed(title, description, link)
{
    protected override void WriteElementExtensions(XmlWriter writer, string version)
    {
        base.WriteElementExtensions(writer, version);
        writer.WriteElementString("lastBuildDate", lastBuildDate);
    }
}
