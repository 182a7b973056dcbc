using System.Collections.Concurrent;
using Publisher.Core.Diagnostics;

namespace Publisher.Build.Pipeline;

/// <summary>
/// The outputs a build could not write, from any thread, and why. One mistake (a template that does not render) fails
/// every output that uses it; it is reported once, with the first output it failed (in path order) and how many more.
/// </summary>
internal sealed class WriteFailures
{
    private readonly ConcurrentQueue<(string Path, string Location, string Problem, string? Detail)> _failures = new();

    /// <param name="location">Where the mistake is, as the user reaches it: a template's <c>path:line:col</c>, an output's path with the output folder as typed.</param>
    /// <param name="detail">What is wrong in this output only (a line of its rendered page); the first output's is printed.</param>
    public void Add(string path, string location, string problem, string? detail = null) => _failures.Enqueue((path, location, problem, detail));

    /// <summary>The outputs that failed, once the writers are done.</summary>
    public IReadOnlyList<string> Paths => [.. _failures.Select(f => f.Path)];

    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var same in _failures.GroupBy(f => (f.Location, f.Problem)))
        {
            var failed = same.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            var more = failed.Count switch { 1 => "", 2 => " and 1 other file", _ => $" and {failed.Count - 1} other files" };
            var detail = failed[0].Detail is { } d ? $": {d}" : "";
            diagnostics.Add(Diagnostic.AsGiven(same.Key.Location, Severity.Error, $"{same.Key.Problem} (while writing {failed[0].Path}{more}){detail}"));
        }
    }
}
