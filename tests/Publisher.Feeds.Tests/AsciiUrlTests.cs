using System.Text.Json;
using System.Xml.Linq;

namespace Publisher.Feeds.Tests;

/// <summary>A site on an internationalised domain: every address a feed or the feed list writes is ASCII, the host in punycode.</summary>
public class AsciiUrlTests
{
    private static readonly FeedOutput Output = FeedOutput.Build(TestCorpus.FromFiles(
        TestCorpus.Site with { BaseUrl = new Uri("https://bücher.example/straße/") },
        [
            ("a.md", TestCorpus.Article("a", "2026-11-02", "A", ["Kultur"])),
            ("b.md", TestCorpus.Article("b", "2026-11-10", "B", ["Kultur"])),
        ]));

    private const string Base = "https://xn--bcher-kva.example/stra%C3%9Fe/";

    /// <summary>Every URL-valued attribute and element of an XML feed or feed list.</summary>
    private static IEnumerable<string> Addresses(XDocument xml) =>
        xml.Descendants().Attributes().Where(a => a.Name.LocalName is "href" or "xmlUrl" or "htmlUrl" or "domain").Select(a => a.Value)
            .Concat(xml.Descendants().Where(e => e.Name.LocalName is "link" or "id" or "guid" && !e.HasElements && e.Value.Length > 0).Select(e => e.Value));

    [Fact]
    public void Every_address_in_the_xml_files_is_ascii_with_the_host_in_punycode()
    {
        var checkedFiles = 0;
        foreach (var path in Output.Paths(".xml").Concat(Output.Paths(".opml")))
        {
            var addresses = Addresses(XDocument.Parse(Output.Text(path))).ToList();
            Assert.NotEmpty(addresses);
            Assert.All(addresses, a => Assert.True(a.All(char.IsAscii), $"{path}: {a}"));
            Assert.All(addresses.Where(a => a.StartsWith("https:", StringComparison.Ordinal)), a => Assert.StartsWith(Base, a));
            checkedFiles++;
        }
        Assert.True(checkedFiles >= 6);
        var channel = XDocument.Parse(Output.Text("feeds/rss.xml")).Root!.Element("channel")!;
        Assert.Equal(Base, channel.Element("link")!.Value);
        Assert.Equal(Base + "articles/b.html", channel.Element("item")!.Element("link")!.Value);
    }

    [Fact]
    public void Every_address_in_the_json_feeds_is_ascii_with_the_host_in_punycode()
    {
        foreach (var path in Output.Paths(".json"))
        {
            var feed = JsonDocument.Parse(Output.Text(path)).RootElement;
            Assert.StartsWith(Base, feed.GetProperty("home_page_url").GetString());
            Assert.Equal(Base + path, feed.GetProperty("feed_url").GetString());
            Assert.All(feed.GetProperty("items").EnumerateArray(), item => Assert.StartsWith(Base + "articles/", item.GetProperty("url").GetString()));
        }
    }

    [Fact]
    public void The_feeds_pass_feedparser()
    {
        var results = FeedParserCheck.Run(Output.FeedPaths.Select(Output.FullPath));
        Assert.All(results, r => Assert.True(r.Value.Bozo == 0, $"{r.Key}: {r.Value.Error}"));
        Assert.All(results.Values.SelectMany(r => r.Entries), e => Assert.StartsWith(Base + "articles/", e.Link));
    }
}
