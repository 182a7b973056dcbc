using Publisher.Feeds.Model;

namespace Publisher.Feeds.Writers;

/// <summary>
/// OPML 2.0 (https://opml.org/spec2.opml), the list feed readers import: one <c>outline type="rss"</c> per feed, with
/// <c>text</c> and <c>title</c>, <c>xmlUrl</c> (the Atom feed, which readers take under the type "rss" as well) and
/// <c>htmlUrl</c>. No creation or modification date, so the same feeds give the same bytes.
/// </summary>
public sealed class OpmlWriter
{
    public const string MediaType = "text/x-opml";

    public void Write(string title, IReadOnlyList<FeedOutline> feeds, Stream stream)
    {
        using (var xml = FeedXml.Create(stream))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("opml");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteStartElement("head");
            xml.WriteElementString("title", title);
            xml.WriteElementString("docs", "https://opml.org/spec2.opml");
            xml.WriteEndElement();
            xml.WriteStartElement("body");
            foreach (var feed in feeds)
            {
                xml.WriteStartElement("outline");
                xml.WriteAttributeString("type", "rss");
                xml.WriteAttributeString("text", feed.Title);
                xml.WriteAttributeString("title", feed.Title);
                xml.WriteAttributeString("xmlUrl", feed.Feed.AbsoluteUri);
                xml.WriteAttributeString("htmlUrl", feed.HomePage.AbsoluteUri);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
    }
}
