using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;

namespace Publisher.Core.Output;

/// <summary>
/// An output format (feeds, epub, pdf). It plans its files from the corpus; the build pipeline decides which
/// jobs to run (incremental), runs them in parallel and writes each file atomically.
/// </summary>
public interface IOutputFormat
{
    /// <summary>The name used by <c>--formats</c>: <c>feeds</c>, <c>epub</c>, <c>pdf</c>.</summary>
    string Name { get; }

    /// <summary>Every file this format writes for the corpus. Problems found while planning go to <paramref name="diagnostics"/>.</summary>
    IReadOnlyList<OutputJob> Plan(Corpus corpus, DiagnosticBag diagnostics);
}
