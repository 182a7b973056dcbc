using System.Text.Json;
using System.Xml.Linq;
using Publisher.Core.Grouping;

namespace Publisher.Feeds.Tests;

/// <summary>A tag feed holds exactly that tag's articles (the newest N), newest first, in all three formats.</summary>
public class TagFeedTests
{
    private static Corpus ManyTags(int feedEntries)
    {
        var tags = new[] { "Kultur", "Sport", "Berlin", "Klima & Umwelt" };
        var files = Enumerable.Range(0, 24).Select(i => ($"a{i:D2}.md", TestCorpus.Article(
            $"article-{i:D2}", new DateOnly(2026, 9, 1).AddDays(i * 3).ToString("yyyy-MM-dd"), $"Article {i}",
            tags.Where((_, t) => (i >> t & 1) == 1))));
        return TestCorpus.FromFiles(TestCorpus.Site with { FeedEntries = feedEntries }, files);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(3)]
    public void Each_tag_feed_holds_exactly_the_newest_articles_of_its_tag(int feedEntries)
    {
        var corpus = ManyTags(feedEntries);
        var output = FeedOutput.Build(corpus);
        var results = FeedParserCheck.Run(output.Paths("").Where(p => p.StartsWith("feeds/tags/")).Select(output.FullPath));
        foreach (var group in corpus.TagGroups)
        {
            var expected = group.Articles.Take(feedEntries).Select(a => FeedIds.Entry(corpus.Site, a)).ToList();
            Assert.NotEmpty(expected);
            foreach (var ending in new[] { ".atom.xml", ".rss.xml", ".json" })
            {
                var result = results[output.FullPath($"feeds/tags/{group.Tag.Slug}{ending}")];
                Assert.Equal(expected, result.Entries.Select(e => e.Id));
                Assert.All(result.Entries, e => Assert.Contains(group.Tag.Name, e.Tags));
            }
        }
    }

    [Fact]
    public void A_feed_is_in_the_language_more_than_half_of_its_articles_are_in()
    {
        static string English(string id, string date) => TestCorpus.Article(id, date, id, ["English"]).Replace("---\nid:", "---\nlanguage: en\nid:");
        var corpus = TestCorpus.FromFiles(TestCorpus.Site with { Language = "de" },
        [
            ("a.md", English("a", "2026-11-02")), ("b.md", English("b", "2026-11-03")),
            ("c.md", TestCorpus.Article("c", "2026-11-04", "c", ["Kultur"])), ("d.md", TestCorpus.Article("d", "2026-11-05", "d", ["Kultur"])),
        ]);
        var output = FeedOutput.Build(corpus);
        string LanguageOf(string atom) => System.Xml.Linq.XDocument.Parse(output.Text(atom)).Root!.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")!.Value;
        Assert.Equal("en", LanguageOf("feeds/tags/english.atom.xml"));
        Assert.Equal("de", LanguageOf("feeds/tags/kultur.atom.xml"));
        Assert.Equal("de", LanguageOf("feeds/atom.xml")); // two of four: no language has more than half
        Assert.Equal("en", JsonDocument.Parse(output.Text("feeds/tags/english.json")).RootElement.GetProperty("language").GetString());
        Assert.Contains("<language>en</language>", output.Text("feeds/tags/english.rss.xml"));
    }

    [Fact]
    public void A_tag_feed_has_a_subtitle_of_its_own_in_its_language()
    {
        static string English(string id, string date) => TestCorpus.Article(id, date, id, ["Traffic & <Roads>"]).Replace("---\nid:", "---\nlanguage: en-GB\nid:");
        var corpus = TestCorpus.FromFiles(TestCorpus.Site with { Language = "de", Title = "Stadtbote Berlin", Description = "Nachrichten aus Berlin" },
        [
            ("a.md", English("a", "2026-11-02")), ("b.md", TestCorpus.Article("b", "2026-11-04", "b", ["Verkehr"])),
        ]);
        var output = FeedOutput.Build(corpus);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        string Subtitle(string path) => XDocument.Parse(output.Text(path)).Root!.Element(atom + "subtitle")!.Value;
        string RssDescription(string path) => XDocument.Parse(output.Text(path)).Root!.Element("channel")!.Element("description")!.Value;
        string JsonDescription(string path) => JsonDocument.Parse(output.Text(path)).RootElement.GetProperty("description").GetString()!;

        const string english = "Articles tagged “Traffic & <Roads>” – Stadtbote Berlin";
        Assert.Equal(english, Subtitle("feeds/tags/traffic-roads.atom.xml"));
        Assert.Equal(english, RssDescription("feeds/tags/traffic-roads.rss.xml"));
        Assert.Equal(english, JsonDescription("feeds/tags/traffic-roads.json"));
        const string german = "Artikel zum Thema „Verkehr“ – Stadtbote Berlin";
        Assert.Equal(german, Subtitle("feeds/tags/verkehr.atom.xml"));
        Assert.Equal(german, RssDescription("feeds/tags/verkehr.rss.xml"));
        Assert.Equal(german, JsonDescription("feeds/tags/verkehr.json"));
        Assert.Equal("Nachrichten aus Berlin", Subtitle("feeds/atom.xml")); // the site's feed keeps the site's description
        Assert.Equal("Nachrichten aus Berlin", RssDescription("feeds/rss.xml"));
    }

    [Fact]
    public void The_site_feed_holds_the_newest_n_articles()
    {
        var corpus = ManyTags(5);
        var output = FeedOutput.Build(corpus);
        var expected = corpus.Articles.Take(5).Select(a => FeedIds.Entry(corpus.Site, a));
        var results = FeedParserCheck.Run(new[] { "feeds/atom.xml", "feeds/rss.xml", "feeds/feed.json" }.Select(output.FullPath));
        Assert.All(results.Values, result => Assert.Equal(expected, result.Entries.Select(e => e.Id)));
    }

    [Fact]
    public void Tag_feeds_name_the_tag_and_link_to_its_page()
    {
        var corpus = ManyTags(50);
        var output = FeedOutput.Build(corpus);
        var tag = corpus.Tags.Single(t => t.Name == "Klima & Umwelt");
        using var json = JsonDocument.Parse(output.Files[$"feeds/tags/{tag.Slug}.json"]);
        Assert.Equal("Test & <Site> – Klima & Umwelt", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("https://example.org/tags/klima-umwelt.html", json.RootElement.GetProperty("home_page_url").GetString());
    }
}
