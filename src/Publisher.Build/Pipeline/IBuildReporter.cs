namespace Publisher.Build.Pipeline;

/// <summary>Hears about a build's progress; the CLI shows it as a live bar or as plain lines.</summary>
public interface IBuildReporter
{
    void Stage(string description);

    void JobsPlanned(int toWrite, int unchanged);

    void JobDone(string relativePath);
}

/// <summary>A reporter that reports nothing (library use, tests).</summary>
public sealed class SilentReporter : IBuildReporter
{
    public static SilentReporter Instance { get; } = new();

    public void Stage(string description) { }

    public void JobsPlanned(int toWrite, int unchanged) { }

    public void JobDone(string relativePath) { }
}
