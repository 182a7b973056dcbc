using System.Xml.Linq;
using Publisher.Core.Model;

namespace Publisher.Feeds.Tests;

/// <summary>feeds/feeds.opml: an OPML 2.0 list of the site's feed and every tag feed, for feed readers to import.</summary>
public class OpmlTests
{
    [Fact]
    public void The_feed_list_names_the_site_feed_and_every_tag_feed_escaped()
    {
        var corpus = HostileCorpus.Create();
        var output = FeedOutput.Build(corpus);
        var opml = XDocument.Parse(output.Text("feeds/feeds.opml")).Root!;

        Assert.Equal("opml", opml.Name.LocalName);
        Assert.Equal("2.0", (string?)opml.Attribute("version"));
        Assert.Equal(corpus.Site.Title, opml.Element("head")!.Element("title")!.Value);
        Assert.DoesNotContain(opml.Descendants(), e => e.Name.LocalName.StartsWith("date", StringComparison.Ordinal)); // no build time
        var outlines = opml.Element("body")!.Elements("outline").ToList();
        Assert.Equal(1 + corpus.TagGroups.Length, outlines.Count);
        var baseUrl = corpus.Site.BaseUrl.AbsoluteUri;
        foreach (var outline in outlines)
        {
            Assert.Equal("rss", (string?)outline.Attribute("type"));
            Assert.Equal((string?)outline.Attribute("title"), (string?)outline.Attribute("text"));
            var feed = (string)outline.Attribute("xmlUrl")!;
            Assert.StartsWith(baseUrl, feed);
            Assert.Contains(feed[baseUrl.Length..], output.Files.Keys); // a feed this build wrote
        }
        Assert.Equal([corpus.Site.BaseUrl.AbsoluteUri, .. corpus.TagGroups.Select(g => corpus.Site.TagPage(g.Tag).AbsoluteUri)],
            outlines.Select(o => (string)o.Attribute("htmlUrl")!));
        // The tags' names as written, markup and all, come back from the parsed file: they were escaped, not dropped.
        Assert.Contains(outlines, o => ((string)o.Attribute("text")!).EndsWith(" – " + HostileCorpus.Script, StringComparison.Ordinal));
        Assert.Contains(outlines, o => ((string)o.Attribute("text")!).EndsWith(" – " + HostileCorpus.Ampersand, StringComparison.Ordinal));
    }

    [Fact]
    public void The_feed_list_is_the_same_bytes_on_every_build()
    {
        var first = FeedOutput.Build(HostileCorpus.Create()).Files["feeds/feeds.opml"];
        Assert.Equal(first, FeedOutput.Build(HostileCorpus.Create()).Files["feeds/feeds.opml"]);
    }

    [Fact]
    public void A_site_without_tags_lists_its_own_feed()
    {
        var corpus = TestCorpus.FromMarkdown(TestCorpus.Article("a", "2026-11-02", "A"));
        var outline = Assert.Single(XDocument.Parse(FeedOutput.Build(corpus).Text("feeds/feeds.opml")).Root!.Element("body")!.Elements("outline"));
        Assert.Equal("https://example.org/feeds/atom.xml", (string?)outline.Attribute("xmlUrl"));
        Assert.Equal("Test & <Site>", (string?)outline.Attribute("text"));
    }
}
