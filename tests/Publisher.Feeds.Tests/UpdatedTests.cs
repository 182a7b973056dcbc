using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Publisher.Feeds.Tests;

/// <summary>
/// An article's <c>updated:</c> date is its Atom entry's <c>updated</c> and its JSON Feed item's <c>date_modified</c>, and
/// counts for the feed's <c>updated</c>; RSS has no per-item update, and its channel date follows the feed's.
/// </summary>
public class UpdatedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static FeedOutput Build() => FeedOutput.Build(TestCorpus.FromMarkdown(
        "---\nid: old\ntitle: Old\ndate: 2026-11-02\nupdated: 2026-11-14T09:30:00+01:00\n---\nText.\n",
        TestCorpus.Article("new", "2026-11-12", "New")));

    [Fact]
    public void An_atom_entry_is_updated_when_its_article_was_and_published_when_it_was()
    {
        var feed = XDocument.Parse(Build().Text("feeds/atom.xml")).Root!;
        var entries = feed.Elements(Atom + "entry").ToDictionary(e => e.Element(Atom + "title")!.Value);
        Assert.Equal("2026-11-02T00:00:00+01:00", entries["Old"].Element(Atom + "published")!.Value);
        Assert.Equal("2026-11-14T09:30:00+01:00", entries["Old"].Element(Atom + "updated")!.Value);
        Assert.Equal("2026-11-12T00:00:00+01:00", entries["New"].Element(Atom + "updated")!.Value);
        // The feed changed last when its old article was updated, after the new one was published.
        Assert.Equal("2026-11-14T09:30:00+01:00", feed.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void A_json_feed_item_is_modified_when_its_article_was_updated()
    {
        var items = JsonNode.Parse(Build().Text("feeds/feed.json"))!["items"]!.AsArray().ToDictionary(i => i!["title"]!.GetValue<string>());
        Assert.Equal("2026-11-02T00:00:00+01:00", items["Old"]!["date_published"]!.GetValue<string>());
        Assert.Equal("2026-11-14T09:30:00+01:00", items["Old"]!["date_modified"]!.GetValue<string>());
        Assert.Equal("2026-11-12T00:00:00+01:00", items["New"]!["date_modified"]!.GetValue<string>());
    }

    [Fact]
    public void Rss_items_keep_their_publication_date_and_the_channel_its_newest_change()
    {
        var output = Build();
        var rss = output.Text("feeds/rss.xml");
        Assert.Contains("<pubDate>Mon, 02 Nov 2026 00:00:00 +0100</pubDate>", rss);
        Assert.Contains("<lastBuildDate>Sat, 14 Nov 2026 09:30:00 +0100</lastBuildDate>", rss);
        Assert.All(FeedParserCheck.Run(new[] { "feeds/atom.xml", "feeds/rss.xml", "feeds/feed.json" }.Select(output.FullPath)).Values.Select(r => r.Bozo), bozo => Assert.Equal(0, bozo));
    }
}
