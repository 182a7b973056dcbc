using System.Xml.Linq;
using Publisher.Core.Grouping;

namespace Publisher.Feeds.Tests;

/// <summary>RFC 5005: walking prev-archive from the subscription feed reaches every article exactly once.</summary>
public class ArchiveTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace History = "http://purl.org/syndication/history/1.0";
    private static readonly Corpus Corpus = HostileCorpus.Create(TestCorpus.Site with { FeedEntries = 2 });
    private static readonly FeedOutput Output = FeedOutput.Build(Corpus);

    [Fact]
    public void The_prev_archive_chain_reaches_every_article_exactly_once()
    {
        var seen = new List<string>();
        var visited = new List<string>();
        var url = Link(Load("feeds/atom.xml"), "prev-archive");
        while (url is not null)
        {
            Assert.DoesNotContain(url, visited);
            visited.Add(url);
            var archive = Load(PathOf(url));
            seen.AddRange(archive.Descendants(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
            url = Link(archive, "prev-archive");
        }
        Assert.Equal(Corpus.Weeks.Length, visited.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(Corpus.Articles.Select(a => FeedIds.Entry(Corpus.Site, a)).Order(), seen.Order());
    }

    [Fact]
    public void Archives_link_next_current_and_carry_fh_archive()
    {
        var weeks = Corpus.Weeks.Select(w => w.Week.ToString()).ToList();
        for (var i = 0; i < weeks.Count; i++)
        {
            var archive = Load($"feeds/archive/{weeks[i]}.atom.xml");
            Assert.NotNull(archive.Root!.Element(History + "archive"));
            Assert.Equal("https://example.org/feeds/atom.xml", Link(archive, "current"));
            Assert.Equal($"https://example.org/feeds/archive/{weeks[i]}.atom.xml", Link(archive, "self"));
            Assert.Equal(i > 0 ? $"https://example.org/feeds/archive/{weeks[i - 1]}.atom.xml" : null, Link(archive, "prev-archive"));
            Assert.Equal(i + 1 < weeks.Count ? $"https://example.org/feeds/archive/{weeks[i + 1]}.atom.xml" : null, Link(archive, "next-archive"));
            Assert.Equal(Corpus.Weeks[i].Articles.Length, archive.Descendants(Atom + "entry").Count());
        }
        Assert.Contains("2026-W53", weeks);
        Assert.Contains("2026-W01", weeks);
    }

    [Fact]
    public void The_subscription_feed_is_no_archive_and_links_the_newest_week()
    {
        var feed = Load("feeds/atom.xml");
        Assert.Null(feed.Root!.Element(History + "archive"));
        Assert.Equal($"https://example.org/feeds/archive/{Corpus.Weeks[^1].Week}.atom.xml", Link(feed, "prev-archive"));
        Assert.Null(Link(feed, "next-archive"));
    }

    [Fact]
    public void Archive_documents_share_the_logical_feeds_id()
    {
        var id = Load("feeds/atom.xml").Root!.Element(Atom + "id")!.Value;
        Assert.All(Output.Paths("").Where(p => p.StartsWith("feeds/archive/")), path => Assert.Equal(id, Load(path).Root!.Element(Atom + "id")!.Value));
    }

    private static XDocument Load(string path) => XDocument.Parse(Output.Text(path));

    private static string? Link(XDocument feed, string rel) =>
        feed.Root!.Elements(Atom + "link").SingleOrDefault(l => l.Attribute("rel")?.Value == rel)?.Attribute("href")?.Value;

    private static string PathOf(string url) => url["https://example.org/".Length..];
}
