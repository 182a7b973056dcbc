using System.Collections.Concurrent;
using Publisher.Core.Diagnostics;

namespace Publisher.Build.Pipeline;

/// <summary>
/// The outputs a build could not write, from any thread, and why. One mistake (a template that does not render) fails
/// every output that uses it; it is reported once, with the first output it failed (in path order) and how many more.
/// </summary>
internal sealed class WriteFailures
{
    private readonly ConcurrentQueue<(string Path, string Location, string Problem)> _failures = new();

    public void Add(string path, string location, string problem) => _failures.Enqueue((path, location, problem));

    /// <summary>The outputs that failed, once the writers are done.</summary>
    public IReadOnlyList<string> Paths => [.. _failures.Select(f => f.Path)];

    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var same in _failures.GroupBy(f => (f.Location, f.Problem)))
        {
            var paths = same.Select(f => f.Path).Order(StringComparer.Ordinal).ToList();
            var more = paths.Count switch { 1 => "", 2 => " and 1 other file", _ => $" and {paths.Count - 1} other files" };
            diagnostics.Error(same.Key.Location, 0, $"{same.Key.Problem} (while writing {paths[0]}{more})");
        }
    }
}
