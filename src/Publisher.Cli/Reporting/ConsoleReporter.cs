using Publisher.Build.Pipeline;

namespace Publisher.Cli.Reporting;

/// <summary>
/// Progress on the terminal: a live bar when stderr is a terminal and CI is not set, plain lines otherwise, none when
/// asked to be quiet.
/// </summary>
internal abstract class ConsoleReporter : IBuildReporter, IDisposable
{
    public static ConsoleReporter Create(TextWriter stderr, bool quiet = false)
    {
        if (quiet) return new QuietReporter();
        var interactive = !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) && ReferenceEquals(stderr, Console.Error);
        return interactive ? new LiveReporter() : new PlainReporter(stderr);
    }

    public abstract void Stage(string description);

    public abstract void JobsPlanned(int toWrite, int unchanged);

    public abstract void JobDone(string relativePath);

    public virtual void Dispose() { }
}
