using System.Xml.Linq;
using Publisher.Core.Grouping;
using Publisher.Core.Model;

namespace Publisher.Feeds.Tests;

/// <summary>
/// RFC 5005 §4, for the site's feed: walking <c>prev-archive</c> from the subscription document reaches
/// one archive per complete week (every week before the site's newest), each marked <c>fh:archive</c>, linked both ways
/// and to the subscription document; archives and subscription document together hold every article, each archived
/// article in one archive, every article of the newest week in the subscription document.
/// </summary>
public class ArchiveTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace History = "http://purl.org/syndication/history/1.0";
    private static readonly Corpus Corpus = HostileCorpus.Create(TestCorpus.Site with { FeedEntries = 2 });
    private static readonly FeedOutput Output = FeedOutput.Build(Corpus);

    /// <summary>The site's feed and each tag's: its subscription document and its articles.</summary>
    public static TheoryData<string> Feeds() => ["feeds/atom.xml"];

    [Theory]
    [MemberData(nameof(Feeds))]
    public void The_prev_archive_chain_holds_every_complete_week_once_and_the_subscription_the_newest_week(string subscriptionPath)
    {
        var articles = ArticlesOf(subscriptionPath);
        var current = Corpus.Weeks[^1].Week;
        var subscription = Load(subscriptionPath);
        var subscriptionUrl = Url(subscriptionPath);
        Assert.Null(subscription.Root!.Element(History + "archive"));
        Assert.Null(Link(subscription, "next-archive"));
        Assert.Null(Link(subscription, "current"));

        var archived = new List<string>();
        var visited = new List<string>();
        string? later = null; // the archive visited before, one week later
        IsoWeek? laterWeek = null;
        for (var url = Link(subscription, "prev-archive"); url is not null; url = Link(Load(PathOf(url)), "prev-archive"))
        {
            Assert.DoesNotContain(url, visited);
            visited.Add(url);
            var archive = Load(PathOf(url));
            var week = WeekOf(url);
            Assert.True(week.CompareTo(current) < 0, $"{url}: the newest week {current} is still open, and must not be an archive");
            if (laterWeek is { } w) Assert.True(week.CompareTo(w) < 0, $"{url} is not older than {later}");
            Assert.NotNull(archive.Root!.Element(History + "archive"));
            Assert.Equal(url, Link(archive, "self"));
            Assert.Equal(subscriptionUrl, Link(archive, "current"));
            Assert.Equal(later, Link(archive, "next-archive"));
            Assert.Equal(subscription.Root!.Element(Atom + "id")!.Value, archive.Root!.Element(Atom + "id")!.Value);
            var ids = Ids(archive);
            Assert.Equal(articles.Where(a => a.Week == week).Select(Id), ids); // the whole week, newest first
            archived.AddRange(ids);
            (later, laterWeek) = (url, week);
        }

        // One archive per complete week of the feed, every archive file of the feed on the chain.
        var completeWeeks = articles.Select(a => a.Week).Where(w => w.CompareTo(current) < 0).Distinct().ToList();
        Assert.Equal(completeWeeks.Count, visited.Count);
        Assert.Equal(visited.Select(PathOf).Order(StringComparer.Ordinal), Output.Paths("").Where(p => p.StartsWith(ArchiveFolder(subscriptionPath), StringComparison.Ordinal)
            && !p[ArchiveFolder(subscriptionPath).Length..].Contains('/')));
        // Each archived article once; the rest, the newest week's, in the subscription document; every article somewhere.
        Assert.Equal(archived.Count, archived.Distinct().Count());
        var inSubscription = Ids(subscription);
        Assert.Equal(articles.Where(a => a.Week == current).Select(Id), inSubscription.Where(id => !archived.Contains(id)));
        Assert.Equal(articles.Select(Id).Order(), archived.Concat(inSubscription).Distinct().Order());
    }

    [Fact]
    public void Every_article_of_the_newest_week_is_in_the_subscription_document_however_many()
    {
        var site = TestCorpus.Site with { FeedEntries = 2 };
        var corpus = TestCorpus.FromFiles(site,
        [
            ("a.md", TestCorpus.Article("mon", "2026-11-16", "Mon", ["T"])), ("b.md", TestCorpus.Article("tue", "2026-11-17", "Tue", ["T"])),
            ("c.md", TestCorpus.Article("wed", "2026-11-18", "Wed", ["T"])), ("d.md", TestCorpus.Article("last-week", "2026-11-13", "Fri", ["T"])),
        ]);
        var output = FeedOutput.Build(corpus);
        foreach (var path in new[] { "feeds/atom.xml" })
        {
            var feed = XDocument.Parse(output.Text(path));
            Assert.Equal(["wed", "tue", "mon"], Ids(feed).Select(id => id[(id.LastIndexOf(':') + 1)..]));
            var archive = XDocument.Parse(output.Text(PathOf(Link(feed, "prev-archive")!)));
            Assert.Equal(["last-week"], Ids(archive).Select(id => id[(id.LastIndexOf(':') + 1)..]));
        }
        Assert.Equal(["feeds/archive/2026-W46.atom.xml"], output.Paths("").Where(p => p.Contains("/archive/")));
    }

    [Fact]
    public void An_older_article_updated_since_is_in_the_subscription_document_and_its_tag_feed_as_well_as_its_archive()
    {
        var site = TestCorpus.Site with { FeedEntries = 2 };
        var corpus = TestCorpus.FromFiles(site,
        [
            ("a.md", "---\nid: fixed\ntitle: Fixed\ndate: 2026-11-02\nupdated: 2026-11-18T09:30:00+01:00\ntags: [T]\n---\nText.\n"),
            ("b.md", "---\nid: untouched\ntitle: Untouched\ndate: 2026-11-03\nupdated: 2026-11-09\ntags: [T]\n---\nText.\n"), // updated before the window
            ("c.md", TestCorpus.Article("w46", "2026-11-10", "W46", ["T"])), ("d.md", TestCorpus.Article("w47", "2026-11-17", "W47", ["T"])),
        ]);
        var output = FeedOutput.Build(corpus);
        static IEnumerable<string> Short(IEnumerable<string> ids) => ids.Select(id => id[(id.LastIndexOf(':') + 1)..]);

        foreach (var path in new[] { "feeds/atom.xml", "feeds/tags/t.atom.xml" })
        {
            var feed = XDocument.Parse(output.Text(path));
            Assert.Equal(["w47", "w46", "fixed"], Short(Ids(feed))); // the newest two, and the one changed since the older of them
            Assert.Equal("2026-11-18T09:30:00+01:00", feed.Root!.Element(Atom + "updated")!.Value);
        }
        Assert.Equal(["untouched", "fixed"], Short(Ids(XDocument.Parse(output.Text("feeds/archive/2026-W45.atom.xml")))));
        var json = System.Text.Json.JsonDocument.Parse(output.Text("feeds/feed.json")).RootElement.GetProperty("items");
        Assert.Equal(3, json.GetArrayLength());
    }

    [Fact]
    public void A_new_week_archives_the_week_before_and_leaves_older_archives_entries_as_they_were()
    {
        string[] files =
        [
            TestCorpus.Article("w45", "2026-11-02", "W45", ["T"]),
            TestCorpus.Article("w46", "2026-11-10", "W46", ["T"]),
        ];
        var before = FeedOutput.Build(TestCorpus.FromMarkdown(files));
        var after = FeedOutput.Build(TestCorpus.FromMarkdown([.. files, TestCorpus.Article("w47", "2026-11-17", "W47", ["T"])]));

        Assert.Equal(["feeds/archive/2026-W45.atom.xml"], before.Paths("").Where(p => p.Contains("/archive/")));
        Assert.Equal(["feeds/archive/2026-W45.atom.xml", "feeds/archive/2026-W46.atom.xml"], after.Paths("").Where(p => p.Contains("/archive/")));
        foreach (var path in new[] { "feeds/archive/2026-W45.atom.xml" })
        {
            // The same document but for the link to the archive that came after it.
            var old = XDocument.Parse(before.Text(path));
            var now = XDocument.Parse(after.Text(path));
            Assert.Null(Link(old, "next-archive"));
            Assert.Equal(Url(path.Replace("W45", "W46")), Link(now, "next-archive"));
            now.Root!.Elements(Atom + "link").Single(l => l.Attribute("rel")?.Value == "next-archive").Remove();
            Assert.Equal(old.ToString(), now.ToString());
        }
    }

    [Fact]
    public void A_site_of_one_week_has_no_archives()
    {
        var output = FeedOutput.Build(TestCorpus.FromMarkdown(TestCorpus.Article("a", "2026-11-02", "A", ["T"]), TestCorpus.Article("b", "2026-11-08", "B", ["T"])));
        Assert.DoesNotContain(output.Files.Keys, p => p.Contains("/archive/"));
        Assert.Null(Link(XDocument.Parse(output.Text("feeds/atom.xml")), "prev-archive"));
    }

    [Fact]
    public void Feedparser_reads_the_archive_marks_and_links()
    {
        var results = FeedParserCheck.Run(Output.Paths(".atom.xml").Append("feeds/atom.xml").Select(Output.FullPath));
        foreach (var (path, result) in results)
        {
            var relative = Path.GetRelativePath(Output.Root, path).Replace('\\', '/');
            Assert.True(result.Bozo == 0, $"{relative}: {result.Error}");
            var isArchive = relative.StartsWith("feeds/archive/", StringComparison.Ordinal);
            Assert.Equal(isArchive, result.Archive);
            if (isArchive) Assert.StartsWith("https://example.org/feeds/", result.Links["current"]);
        }
    }

    private static List<Article> ArticlesOf(string subscriptionPath) =>
        subscriptionPath == "feeds/atom.xml"
            ? [.. Corpus.Articles]
            : [.. Corpus.TagGroups.Single(g => $"feeds/tags/{g.Tag.Slug}.atom.xml" == subscriptionPath).Articles];

    /// <summary>Where a feed's archives are: <c>feeds/archive/</c> for the site's, <c>feeds/archive/tags/{slug}/</c> for a tag's.</summary>
    private static string ArchiveFolder(string subscriptionPath) =>
        subscriptionPath == "feeds/atom.xml" ? "feeds/archive/" : $"feeds/archive/tags/{subscriptionPath["feeds/tags/".Length..^".atom.xml".Length]}/";

    private static string Id(Article article) => FeedIds.Entry(Corpus.Site, article);

    private static List<string> Ids(XDocument feed) => [.. feed.Descendants(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value)];

    private static IsoWeek WeekOf(string url)
    {
        Assert.True(IsoWeek.TryParse(url[(url.LastIndexOf('/') + 1)..^".atom.xml".Length], out var week), url);
        return week;
    }

    private static XDocument Load(string path) => XDocument.Parse(Output.Text(path));

    private static string? Link(XDocument feed, string rel) =>
        feed.Root!.Elements(Atom + "link").SingleOrDefault(l => l.Attribute("rel")?.Value == rel)?.Attribute("href")?.Value;

    private static string Url(string path) => "https://example.org/" + path;

    private static string PathOf(string url) => url["https://example.org/".Length..];
}
