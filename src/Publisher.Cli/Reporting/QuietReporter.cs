namespace Publisher.Cli.Reporting;

/// <summary>No progress at all (<c>--quiet</c>): the problems and the summary are printed by the command.</summary>
internal sealed class QuietReporter : ConsoleReporter
{
    public override void Stage(string description) { }

    public override void JobsPlanned(int toWrite, int unchanged) { }

    public override void JobDone(string relativePath) { }
}
