using System.ServiceModel.Syndication;
using System.Xml;

namespace Publisher.Feeds.Tests;

/// <summary>Reads a written feed back with System.ServiceModel.Syndication's own formatters.</summary>
internal static class SyndicationRead
{
    public static SyndicationFeed Atom(byte[] bytes) => Read(bytes, new Atom10FeedFormatter());

    public static SyndicationFeed Rss(byte[] bytes) => Read(bytes, new Rss20FeedFormatter());

    private static SyndicationFeed Read(byte[] bytes, SyndicationFeedFormatter formatter)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        Assert.True(formatter.CanRead(reader), "the formatter does not recognise the document");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }
}
