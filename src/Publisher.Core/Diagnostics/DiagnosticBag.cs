using System.Collections.Concurrent;

namespace Publisher.Core.Diagnostics;

/// <summary>Collects diagnostics from any thread; reports them sorted by file and line.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(string file, int line, string message, int? column = null) =>
        Add(new Diagnostic(file, line, column, Severity.Error, message));

    public void Warning(string file, int line, string message, int? column = null) =>
        Add(new Diagnostic(file, line, column, Severity.Warning, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    public int WarningCount => _items.Count(d => d.Severity == Severity.Warning);

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column ?? 0)
              .ThenBy(d => d.Message, StringComparer.Ordinal).ToList();
}
