using Publisher.Core.Diagnostics;

namespace Publisher.Build.Pipeline;

/// <summary>What a build did: counts for the closing summary, and every diagnostic.</summary>
/// <param name="Articles">Articles built: content files without one (a draft, a file with an error, a duplicate id) are not counted.</param>
/// <param name="FilesReused">Content files not parsed again: their results came from the last build's cache.</param>
/// <param name="FilesFailed">Outputs this build could not make (a template error, a file it could not write); the last build's stay.</param>
/// <param name="Stopped">The build could not run at all (site settings with errors, an output folder it cannot write): nothing was written.</param>
public sealed record BuildSummary(
    int Articles,
    int FilesReused,
    int Tags,
    int Weeks,
    int FilesWritten,
    int FilesUnchanged,
    int FilesDeleted,
    int FilesFailed,
    IReadOnlyList<Diagnostic> Diagnostics,
    TimeSpan Elapsed,
    bool Stopped = false)
{
    /// <summary>A build that stopped before writing anything, with the diagnostics that say why.</summary>
    public static BuildSummary Stop(DiagnosticBag diagnostics, TimeSpan elapsed) => new(0, 0, 0, 0, 0, 0, 0, 0, diagnostics.Sorted(), elapsed, Stopped: true);

    /// <summary>Article files read, drafts and files with errors too (<see cref="Articles"/> counts only what is built).</summary>
    public int Files { get; init; }

    /// <summary>The build wrote nothing because <c>--strict</c> found warnings or errors.</summary>
    public bool StoppedByStrict { get; init; }

    /// <summary>
    /// Article files and folders the build could not read (each has an error). When there are any, nothing was written:
    /// outputs made without their articles would replace the last build's, which have them.
    /// </summary>
    public int UnreadableContent { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
