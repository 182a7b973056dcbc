namespace Publisher.Build.Tests;

/// <summary>
/// A build that cannot read some of its content writes nothing: outputs made without those articles would replace the
/// last build's, which have them (a permission gone wrong, a share not mounted must not shrink what is published).
/// </summary>
public class UnreadableContentTests
{
    [Fact]
    public void A_file_that_cannot_be_read_leaves_every_output_of_the_last_build_as_it_was()
    {
        if (OperatingSystem.IsWindows()) return; // symbolic links need rights there
        var run = new PublisherRun("basic");
        run.Build();
        var before = run.Snapshot();
        // zweite.md alone is in week 2026-W11: a build without it would delete that week's book and digest.
        Assert.Contains("epub/2026-W11.epub", before.Keys);
        var article = Path.Combine(run.Content, "zweite.md");
        var aside = Path.Combine(run.Root, "zweite.md");
        File.Move(article, aside);
        // What root cannot read either: a link to a file on a share that is not mounted.
        File.CreateSymbolicLink(article, Path.Combine(run.Root, "share", "zweite.md"));

        var stopped = run.Build();

        Assert.Equal(1, stopped.UnreadableContent);
        Assert.Contains(stopped.Diagnostics, d => d.File == "zweite.md" && d.Message.StartsWith("cannot read file", StringComparison.Ordinal));
        Assert.Equal((0, 0, 0), (stopped.FilesWritten, stopped.FilesUnchanged, stopped.FilesDeleted));
        var after = run.Snapshot();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (path, bytes) in after) Assert.True(before[path].AsSpan().SequenceEqual(bytes), $"{path} changed");

        File.Delete(article);
        File.Move(aside, article);
        var again = run.Build();
        Assert.Equal((0, 0), (again.UnreadableContent, again.Errors));
        foreach (var (path, bytes) in run.Snapshot().Where(f => !f.Key.StartsWith(".publisher/", StringComparison.Ordinal)))
            Assert.True(before[path].AsSpan().SequenceEqual(bytes), $"{path} differs from the build before");
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_still_reported_with_every_other_problem()
    {
        if (OperatingSystem.IsWindows()) return;
        var run = new PublisherRun("basic");
        File.CreateSymbolicLink(Path.Combine(run.Content, "gone.md"), Path.Combine(run.Root, "nowhere.md"));
        File.WriteAllText(Path.Combine(run.Content, "bad.md"), "---\ntitle: Bad\ndate: someday\n---\nText.\n");

        var stopped = run.Build();

        Assert.Equal(1, stopped.UnreadableContent);
        Assert.Equal(["bad.md", "gone.md"], stopped.Diagnostics.Where(d => d.Severity == Core.Diagnostics.Severity.Error).Select(d => d.File).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(run.Output), "a first build that cannot read its content makes no output folder");
    }
}
