using Spectre.Console;

namespace Publisher.Cli.Reporting;

/// <summary>A Spectre.Console status line and progress bar on stderr, refreshed on a background thread.</summary>
internal sealed class LiveReporter : ConsoleReporter
{
    private readonly IAnsiConsole _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
    private readonly ManualResetEventSlim _finished = new();
    private readonly Task _display;
    private volatile string _stage = "Starting";
    private int _total;
    private int _done;

    public LiveReporter()
    {
        _display = Task.Run(() => _console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(_stage, maxValue: 1);
                while (!_finished.Wait(100))
                {
                    task.Description = _stage;
                    task.MaxValue = Math.Max(1, Volatile.Read(ref _total));
                    task.Value = Volatile.Read(ref _done);
                }
                task.Value = task.MaxValue;
            }));
    }

    public override void Stage(string description) => _stage = Markup.Escape(description);

    public override void JobsPlanned(int toWrite, int unchanged) => Volatile.Write(ref _total, toWrite);

    public override void JobDone(string relativePath) => Interlocked.Increment(ref _done);

    public override void Dispose()
    {
        if (_finished.IsSet) return;
        _finished.Set();
        _display.Wait();
    }
}
