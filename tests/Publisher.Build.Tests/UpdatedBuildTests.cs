namespace Publisher.Build.Tests;

/// <summary>An article's update date goes through the parse cache into feeds and books: changing only it rewrites what shows it.</summary>
public class UpdatedBuildTests
{
    [Fact]
    public void A_changed_update_date_rewrites_the_feeds_and_books_that_show_it_as_a_forced_build_would()
    {
        var run = new PublisherRun("basic");
        run.Build(false, "json", "feeds", "epub");
        var before = run.Snapshot();
        var erste = Path.Combine(run.Content, "erste.md");
        File.WriteAllText(erste, File.ReadAllText(erste).Replace("updated: 2026-03-04T18:00:00+01:00", "updated: 2026-03-06T07:45:00+01:00", StringComparison.Ordinal));
        var second = run.Build(false, "json", "feeds", "epub");
        Assert.Equal(1, second.FilesReused); // zweite.md came from the parse cache
        var changed = run.Snapshot().Where(f => !before[f.Key].SequenceEqual(f.Value)).Select(f => f.Key).ToList();
        Assert.Contains("articles.json", changed);
        Assert.Contains("feeds/archive/2026-W10.atom.xml", changed);
        Assert.Contains("epub/2026-W10.epub", changed);
        Assert.DoesNotContain("epub/2026-W11.epub", changed);
        Assert.Contains("2026-03-06T07:45:00+01:00", File.ReadAllText(Path.Combine(run.Output, "feeds", "archive", "2026-W10.atom.xml")));

        var incremental = run.Snapshot();
        run.Build(true, "json", "feeds", "epub");
        foreach (var (path, bytes) in run.Snapshot().Where(f => !f.Key.StartsWith(".publisher/", StringComparison.Ordinal)))
            Assert.Equal(bytes, incremental[path]);
    }
}
