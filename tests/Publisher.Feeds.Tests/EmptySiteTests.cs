using Publisher.Core.Grouping;

namespace Publisher.Feeds.Tests;

/// <summary>A site without articles still publishes valid, empty subscription feeds (and no archives or tag feeds).</summary>
public class EmptySiteTests
{
    [Fact]
    public void An_empty_site_gets_three_valid_empty_feeds_with_a_fixed_updated()
    {
        var output = FeedOutput.Build(Corpus.Create(TestCorpus.Site, []));

        Assert.Equal(["feeds/atom.xml", "feeds/feed.json", "feeds/feeds.opml", "feeds/rss.xml"], output.Files.Keys.Order(StringComparer.Ordinal));
        var results = FeedParserCheck.Run(output.FeedPaths.Select(output.FullPath));
        Assert.All(results, r => Assert.True(r.Value.Bozo == 0, $"{r.Key}: {r.Value.Error}"));
        Assert.Contains("<updated>2000-01-01T00:00:00Z</updated>", output.Text("feeds/atom.xml"));
        Assert.DoesNotContain("prev-archive", output.Text("feeds/atom.xml"));
        Assert.Empty(SyndicationRead.Atom(output.Files["feeds/atom.xml"]).Items);
    }
}
