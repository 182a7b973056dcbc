using Publisher.Core.Model;
using Publisher.Core.Output;
using Publisher.Feeds.Model;

namespace Publisher.Feeds;

/// <summary>
/// The one place that knows where feeds live below the output folder and under the site's base URL:
/// <c>feeds/atom.xml|rss.xml|feed.json</c>, <c>feeds/tags/{slug}.atom.xml|.rss.xml|.json</c>,
/// the RFC 5005 archives of the site's feed, <c>feeds/archive/{YYYY-Www}.atom.xml</c>, and the list of the feeds,
/// <c>feeds/feeds.opml</c>, and the picture files entries show, <c>feeds/pictures/{hash}.jpg|.png</c>. Paths are built
/// from fixed segments, slugs, weeks and pictures' content hashes only.
/// </summary>
public static class FeedLocations
{
    public static OutputPath SiteAtom { get; } = OutputPath.Of("feeds", "atom.xml");
    public static OutputPath SiteRss { get; } = OutputPath.Of("feeds", "rss.xml");
    public static OutputPath SiteJson { get; } = OutputPath.Of("feeds", "feed.json");

    public static OutputPath TagAtom(Tag tag) => OutputPath.Of("feeds", "tags", tag.Slug.Value + ".atom.xml");
    public static OutputPath TagRss(Tag tag) => OutputPath.Of("feeds", "tags", tag.Slug.Value + ".rss.xml");
    public static OutputPath TagJson(Tag tag) => OutputPath.Of("feeds", "tags", tag.Slug.Value + ".json");

    /// <summary>The OPML list of the site's feed and every tag feed, for feed readers to import.</summary>
    public static OutputPath Opml { get; } = OutputPath.Of("feeds", "feeds.opml");

    public static OutputPath Archive(IsoWeek week) => OutputPath.Of("feeds", "archive", week + ".atom.xml");

    /// <summary>Where a picture an entry shows is published (its name is its bytes' hash: <see cref="PictureFile.FileName"/>).</summary>
    public static OutputPath Picture(PictureFile file) => OutputPath.Of("feeds", "pictures", file.FileName);

    public static Uri Url(Site site, OutputPath path) => site.Feed(path.Value);

    public static FeedAddresses ForSite(Site site) =>
        new(Url(site, SiteAtom), Url(site, SiteRss), Url(site, SiteJson));

    public static FeedAddresses ForTag(Site site, Tag tag) =>
        new(Url(site, TagAtom(tag)), Url(site, TagRss(tag)), Url(site, TagJson(tag)));

    public static FeedAddresses ForArchive(Site site, IsoWeek week) => new(Url(site, Archive(week)), null, null);
}
