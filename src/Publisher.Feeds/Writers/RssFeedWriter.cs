using System.ServiceModel.Syndication;
using System.Xml;
using Publisher.Feeds.Model;
using Publisher.Templating;

namespace Publisher.Feeds.Writers;

/// <summary>
/// RSS 2.0 through <see cref="Rss20FeedFormatter"/>. <c>guid</c> is the Atom id (<c>isPermaLink="false"</c>);
/// <c>description</c> the teaser, HTML-escaped as RSS wants (without one, the article's beginning:
/// <see cref="FeedExcerpt"/>), <c>content:encoded</c> the full article; authors as <c>dc:creator</c> (RSS's own
/// <c>author</c> wants an e-mail address); dates as <see cref="Rfc822Date"/>; <c>atom:link rel="self"</c>.
/// </summary>
public sealed class RssFeedWriter : IFeedWriter
{
    public const string MediaType = "application/rss+xml";

    public void Write(FeedDocument document, Stream stream)
    {
        var self = document.Addresses.Rss ?? throw new ArgumentException("the document has no RSS address", nameof(document));
        var sink = new FeedSink(stream);
        var feed = new RssChannel(document.Title, document.Description ?? document.Title, document.HomePage, Rfc822Date.Format(document.Updated))
        {
            Language = document.Language,
            Items = [.. document.Entries.Select(entry => Item(entry, sink))],
        };
        feed.AttributeExtensions.Add(new XmlQualifiedName("atom", FeedXml.XmlnsNamespace), FeedXml.AtomNamespace);
        feed.AttributeExtensions.Add(new XmlQualifiedName("content", FeedXml.XmlnsNamespace), FeedXml.ContentNamespace);
        feed.AttributeExtensions.Add(new XmlQualifiedName("dc", FeedXml.XmlnsNamespace), FeedXml.DublinCoreNamespace);
        feed.Links.Add(new SyndicationLink(self, "self", null, MediaType, 0));
        FeedXml.Write(sink, new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: true));
    }

    private static SyndicationItem Item(FeedEntry entry, FeedSink sink)
    {
        var item = new RssItem([.. entry.Authors.Select(a => a.Name)], Rfc822Date.Format(entry.Published), entry.ContentHtml, sink)
        {
            Id = entry.Id,
            Title = new TextSyndicationContent(entry.Title),
        };
        // A short description, HTML-escaped as RSS wants: the teaser, else the article's beginning (the whole article is content:encoded's).
        if (entry.Description is { } description) item.Summary = new TextSyndicationContent(Markup.Escape(description));
        item.Links.Add(SyndicationLink.CreateAlternateLink(entry.Url));
        foreach (var category in entry.Categories) item.Categories.Add(new SyndicationCategory(category.Term, category.Scheme.AbsoluteUri, null));
        return item;
    }
}
