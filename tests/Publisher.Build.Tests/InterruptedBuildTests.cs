using Publisher.Build.Pipeline;

namespace Publisher.Build.Tests;

/// <summary>
/// A build stopped after it replaced some outputs (Ctrl-C, kill), followed by undoing the edit that started it, must
/// not leave those outputs trusted: the next build gives what a forced build gives.
/// </summary>
public class InterruptedBuildTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(12)]
    public void Outputs_of_an_interrupted_build_are_written_again_after_the_edit_is_undone(int interruptedAfter)
    {
        var run = new PublisherRun("basic");
        run.Build();
        var site = Path.Combine(run.Content, "site.yml");
        var original = File.ReadAllText(site);
        File.WriteAllText(site, original.Replace("Golden Test", "Golden Xest")); // the same length: every file keeps its length

        var interrupted = new BuildPipeline(new InterruptingReporter(interruptedAfter));
        Assert.ThrowsAny<Exception>(() => interrupted.Run(new BuildOptions(run.Content, run.Output, new HashSet<string>())));
        File.WriteAllText(site, original);
        run.Build();

        var forced = Path.Combine(run.Root, "forced");
        new BuildPipeline(SilentReporter.Instance).Run(new BuildOptions(run.Content, forced, new HashSet<string>(), Force: true));
        var outputs = run.Snapshot().Where(f => !f.Key.StartsWith(".publisher/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(outputs);
        foreach (var (path, bytes) in outputs)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(forced, path))), $"{path} differs from a forced build's");
        }
    }

    /// <summary>Stops the build as Ctrl-C would, once it has written <c>after</c> outputs.</summary>
    private sealed class InterruptingReporter(int after) : IBuildReporter
    {
        private int _done;

        public void Stage(string description) { }

        public void JobsPlanned(int toWrite, int unchanged) { }

        public void JobDone(string relativePath)
        {
            if (Interlocked.Increment(ref _done) >= after) throw new OperationCanceledException("interrupted");
        }
    }
}
