namespace Publisher.Cli.Reporting;

/// <summary>One line per stage, and a line every tenth of the work, for logs and CI.</summary>
internal sealed class PlainReporter(TextWriter stderr) : ConsoleReporter
{
    private int _total;
    private int _done;
    private int _lastTenth;

    public override void Stage(string description) => stderr.WriteLine($"{description}…");

    public override void JobsPlanned(int toWrite, int unchanged)
    {
        _total = toWrite;
        stderr.WriteLine($"{toWrite} files to write, {unchanged} unchanged");
    }

    public override void JobDone(string relativePath)
    {
        var done = Interlocked.Increment(ref _done);
        var tenth = _total == 0 ? 10 : done * 10 / _total;
        if (tenth <= Volatile.Read(ref _lastTenth)) return;
        lock (stderr)
        {
            if (tenth <= _lastTenth) return;
            _lastTenth = tenth;
            stderr.WriteLine($"  {done}/{_total} written");
        }
    }
}
