using System.ServiceModel.Syndication;
using System.Xml;
using Publisher.Feeds.Model;

namespace Publisher.Feeds.Writers;

/// <summary>
/// Atom 1.0 (RFC 4287) through <see cref="Atom10FeedFormatter"/>: <c>xml:lang</c> on feed and entries, author on
/// every entry, html content, <c>rel="self"</c>, and the RFC 5005 links and <c>fh:archive</c> for archives.
/// </summary>
public sealed class AtomFeedWriter : IFeedWriter
{
    public const string MediaType = "application/atom+xml";

    public void Write(FeedDocument document, Stream stream)
    {
        var sink = new FeedSink(stream);
        var feed = document.IsArchive
            ? new AtomArchiveFeed(document.Title, document.Description, document.Id, document.Updated)
            : new SyndicationFeed(document.Title, document.Description, feedAlternateLink: null, document.Id, document.Updated);
        feed.Language = document.Language;
        feed.Items = [.. document.Entries.Select(entry => Item(entry, sink))];
        feed.Authors.Add(Person(document.Author));
        feed.Links.Add(new SyndicationLink(document.HomePage, "alternate", null, "text/html", 0));
        feed.Links.Add(new SyndicationLink(document.Addresses.Atom, "self", null, MediaType, 0));
        AddArchiveLinks(feed, document.Archive);
        if (document.IsArchive) feed.AttributeExtensions.Add(new XmlQualifiedName("fh", FeedXml.XmlnsNamespace), FeedXml.HistoryNamespace);
        FeedXml.Write(sink, new Atom10FeedFormatter(feed));
    }

    private static void AddArchiveLinks(SyndicationFeed feed, ArchiveLinks links)
    {
        if (links.Current is { } current) feed.Links.Add(new SyndicationLink(current, "current", null, MediaType, 0));
        if (links.PrevArchive is { } prev) feed.Links.Add(new SyndicationLink(prev, "prev-archive", null, MediaType, 0));
        if (links.NextArchive is { } next) feed.Links.Add(new SyndicationLink(next, "next-archive", null, MediaType, 0));
    }

    private static SyndicationItem Item(FeedEntry entry, FeedSink sink)
    {
        var item = new SyndicationItem
        {
            Id = entry.Id,
            Title = new TextSyndicationContent(entry.Title),
            PublishDate = entry.Published,
            LastUpdatedTime = entry.Updated,
            Content = new HtmlContent(sink, entry.ContentHtml),
        };
        if (entry.Description is { } summary) item.Summary = new TextSyndicationContent(summary);
        item.AttributeExtensions.Add(new XmlQualifiedName("lang", FeedXml.XmlNamespace), entry.Language);
        item.Links.Add(new SyndicationLink(entry.Url, "alternate", null, "text/html", 0));
        foreach (var author in entry.Authors) item.Authors.Add(Person(author));
        foreach (var category in entry.Categories) item.Categories.Add(new SyndicationCategory(category.Term, category.Scheme.AbsoluteUri, null));
        return item;
    }

    private static SyndicationPerson Person(FeedPerson person) => new(person.Email, person.Name, null);
}
