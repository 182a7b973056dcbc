namespace Publisher.Feeds.Tests;

/// <summary>
/// A table column's alignment survives in feed readers, which have no stylesheet for the body's classes: as feedparser
/// (the sanitiser most aggregators share) hands it on, the right-aligned column still says so.
/// </summary>
public class TableAlignmentTests
{
    [Fact]
    public void A_right_aligned_column_stays_right_aligned_after_a_feed_readers_sanitiser()
    {
        var output = FeedOutput.Build(TestCorpus.FromMarkdown(TestCorpus.Article("mieten", "2026-11-10", "Mieten", ["Wohnen"],
            body: "| Bezirk | Miete | Note |\n|:-------|------:|:----:|\n| Mitte | 14 € | gut |\n")));

        var results = FeedParserCheck.Run(new[] { "feeds/atom.xml", "feeds/rss.xml" }.Select(output.FullPath));

        Assert.Equal(2, results.Count);
        foreach (var (path, result) in results)
        {
            Assert.True(result.Bozo == 0, $"{path}: {result.Error}");
            var content = Assert.Single(result.Entries).Content!;
            Assert.Matches("<td[^>]*style=\"text-align: *right;?\"[^>]*>14 €</td>", content);
            Assert.Matches("<td[^>]*style=\"text-align: *center;?\"[^>]*>gut</td>", content);
        }
    }
}
