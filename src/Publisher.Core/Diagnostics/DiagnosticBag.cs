using System.Collections.Concurrent;

namespace Publisher.Core.Diagnostics;

/// <summary>Collects diagnostics from any thread; reports them sorted by file and line.</summary>
/// <remarks>The queue is made on the first diagnostic: the loader keeps one bag per file, and most files have none.</remarks>
public sealed class DiagnosticBag
{
    private ConcurrentQueue<Diagnostic>? _queue;

    private IEnumerable<Diagnostic> Items => Volatile.Read(ref _queue) ?? (IEnumerable<Diagnostic>)[];

    public void Add(Diagnostic diagnostic)
    {
        var queue = Volatile.Read(ref _queue);
        if (queue is null)
        {
            var made = new ConcurrentQueue<Diagnostic>();
            queue = Interlocked.CompareExchange(ref _queue, made, null) ?? made;
        }
        queue.Enqueue(diagnostic);
    }

    public void Error(string file, int line, string message, int? column = null) =>
        Add(new Diagnostic(file, line, column, Severity.Error, message));

    public void Warning(string file, int line, string message, int? column = null) =>
        Add(new Diagnostic(file, line, column, Severity.Warning, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    public bool HasErrors => Items.Any(d => d.Severity == Severity.Error);

    /// <summary>Whether an error was reported on <paramref name="file"/>.</summary>
    public bool HasErrorsIn(string file) => Items.Any(d => d.Severity == Severity.Error && d.File == file);

    public int ErrorCount => Items.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Items.Count(d => d.Severity == Severity.Warning);

    public IReadOnlyList<Diagnostic> Sorted() => Volatile.Read(ref _queue) is not { } queue ? [] :
        queue.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column ?? 0)
              .ThenBy(d => d.Message, StringComparer.Ordinal).ToList();
}
