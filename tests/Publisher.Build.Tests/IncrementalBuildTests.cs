namespace Publisher.Build.Tests;

public class IncrementalBuildTests
{
    [Fact]
    public void A_second_build_of_unchanged_content_writes_nothing_and_is_byte_identical()
    {
        var run = new PublisherRun("basic");
        var first = run.Build();
        var before = run.Snapshot();
        var second = run.Build();

        Assert.True(first.FilesWritten > 0);
        Assert.Equal(0, second.FilesWritten);
        Assert.Equal(first.FilesWritten, second.FilesUnchanged);
        Assert.Equal(before.Keys.Order(), run.Snapshot().Keys.Order());
        foreach (var (path, bytes) in run.Snapshot()) Assert.Equal(before[path], bytes);
    }

    [Fact]
    public void Force_rebuilds_everything_to_the_same_bytes()
    {
        var run = new PublisherRun("basic");
        run.Build();
        var before = run.Snapshot();
        var forced = run.Build(force: true);
        Assert.Equal(0, forced.FilesUnchanged);
        foreach (var (path, bytes) in run.Snapshot()) Assert.Equal(before[path], bytes);
    }

    [Fact]
    public void A_changed_article_rebuilds_the_outputs_that_contain_it()
    {
        var run = new PublisherRun("basic");
        run.Build();
        File.AppendAllText(Path.Combine(run.Content, "zweite.md"), "\nA new paragraph.\n");
        var again = run.Build();
        Assert.True(again.FilesWritten > 0);
        Assert.Contains("A new paragraph.", File.ReadAllText(Path.Combine(run.Output, "articles.json")));
    }

    [Fact]
    public void A_deleted_output_file_is_written_again()
    {
        var run = new PublisherRun("basic");
        run.Build();
        File.Delete(Path.Combine(run.Output, "articles.json"));
        Assert.Equal(1, run.Build(formats: "json").FilesWritten);
        Assert.True(File.Exists(Path.Combine(run.Output, "articles.json")));
    }

    [Fact]
    public void Leftover_temporary_files_of_a_killed_build_are_removed()
    {
        var run = new PublisherRun("basic");
        run.Build();
        var leftover = Path.Combine(run.Output, "articles.json.123.4.publisher-tmp");
        File.WriteAllText(leftover, "half a file");
        run.Build();
        Assert.False(File.Exists(leftover));
    }
}
