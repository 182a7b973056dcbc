using System.Text.Json;

namespace Publisher.Feeds.Tests;

/// <summary>Every file the format writes parses back: Syndication's own reader, feedparser with bozo 0, JSON Feed rules.</summary>
public class ParseBackTests
{
    private static readonly FeedOutput Output = FeedOutput.Build(HostileCorpus.Create());

    [Fact]
    public void Writes_site_tag_and_archive_files_in_three_formats()
    {
        var corpus = HostileCorpus.Create();
        Assert.Contains("feeds/atom.xml", Output.Files.Keys);
        Assert.Contains("feeds/rss.xml", Output.Files.Keys);
        Assert.Contains("feeds/feed.json", Output.Files.Keys);
        foreach (var tag in corpus.Tags)
            foreach (var ending in new[] { ".atom.xml", ".rss.xml", ".json" })
                Assert.Contains($"feeds/tags/{tag.Slug}{ending}", Output.Files.Keys);
        // An archive per complete week (all but the site's newest) of the site's feed.
        string[] archives = [.. corpus.Weeks.SkipLast(1).Select(w => $"feeds/archive/{w.Week}.atom.xml")];
        Assert.Equal(archives.Order(StringComparer.Ordinal), Output.Paths("").Where(p => p.StartsWith("feeds/archive/")));
        Assert.Contains("feeds/feeds.opml", Output.Files.Keys);
        Assert.Equal(3 + 3 * corpus.Tags.Length + archives.Length + 1, Output.Files.Count);
        Assert.All(Output.Files.Keys, path => Assert.Matches("^feeds/((tags|archive)/)?[A-Za-z0-9-]+(\\.atom\\.xml|\\.rss\\.xml|\\.xml|\\.json|\\.opml)$", path));
    }

    [Fact]
    public void Every_file_is_utf8_without_bom()
    {
        Assert.All(Output.Files.Values, bytes => Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..]));
    }

    [Fact]
    public void Atom_files_parse_with_syndication()
    {
        foreach (var path in Output.Paths(".xml").Where(p => !p.EndsWith(".rss.xml") && p != "feeds/rss.xml"))
        {
            var feed = SyndicationRead.Atom(Output.Files[path]);
            Assert.NotEmpty(feed.Items);
            Assert.All(feed.Items, item => Assert.StartsWith("tag:example.org,", item.Id));
            Assert.All(feed.Items, item => Assert.NotEmpty(item.Authors));
            Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == "https://example.org/" + path);
        }
    }

    [Fact]
    public void Rss_files_parse_with_syndication_and_keep_their_dates()
    {
        var atom = SyndicationRead.Atom(Output.Files["feeds/atom.xml"]).Items.ToDictionary(i => i.Id, i => i.PublishDate);
        foreach (var path in Output.Paths(".rss.xml").Append("feeds/rss.xml"))
        {
            var feed = SyndicationRead.Rss(Output.Files[path]);
            Assert.NotEmpty(feed.Items);
            foreach (var item in feed.Items.Where(i => atom.ContainsKey(i.Id)))
                Assert.Equal(atom[item.Id].UtcDateTime, item.PublishDate.UtcDateTime);
        }
    }

    [Fact]
    public void Every_file_passes_feedparser_with_bozo_0()
    {
        var results = FeedParserCheck.Run(Output.FeedPaths.Select(Output.FullPath));
        Assert.Equal(Output.Files.Count - 1, results.Count);
        foreach (var (path, result) in results)
        {
            Assert.True(result.Bozo == 0, $"{path}: {result.Error}");
            Assert.NotEmpty(result.Entries);
            Assert.All(result.Entries, e => Assert.True(e.Published, $"{path}: {e.Id} has no date feedparser understands"));
            Assert.All(result.Entries, e => Assert.StartsWith("https://example.org/articles/", e.Link));
            Assert.All(result.Entries, e => Assert.NotEmpty(e.Authors));
            var expected = path.EndsWith(".json") ? "json11" : path.EndsWith("rss.xml") ? "rss20" : "atom10";
            Assert.Equal(expected, result.Version);
        }
    }

    [Fact]
    public void Json_feed_has_the_members_of_version_1_1()
    {
        foreach (var path in Output.Paths(".json"))
        {
            using var document = JsonDocument.Parse(Output.Files[path]);
            var root = document.RootElement;
            Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
            Assert.Equal("https://example.org/" + path, root.GetProperty("feed_url").GetString());
            Assert.StartsWith("https://example.org/", root.GetProperty("home_page_url").GetString());
            Assert.Equal("Test & <Site>", root.GetProperty("title").GetString()![..13]);
            foreach (var item in root.GetProperty("items").EnumerateArray())
            {
                Assert.StartsWith("tag:example.org,", item.GetProperty("id").GetString());
                Assert.StartsWith("https://example.org/articles/", item.GetProperty("url").GetString());
                Assert.False(string.IsNullOrEmpty(item.GetProperty("content_html").GetString()));
                Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_published").GetString(), out _));
                Assert.NotEqual(0, item.GetProperty("authors").GetArrayLength());
                Assert.Equal(JsonValueKind.Array, item.GetProperty("tags").ValueKind);
                Assert.False(string.IsNullOrEmpty(item.GetProperty("language").GetString()));
            }
        }
    }
}
