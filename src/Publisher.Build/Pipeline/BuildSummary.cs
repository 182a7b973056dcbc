using Publisher.Core.Diagnostics;

namespace Publisher.Build.Pipeline;

/// <summary>What a build did: counts for the closing summary, and every diagnostic.</summary>
/// <param name="FilesReused">Content files not parsed again: their results came from the last build's cache.</param>
public sealed record BuildSummary(
    int Articles,
    int FilesReused,
    int Tags,
    int Weeks,
    int FilesWritten,
    int FilesUnchanged,
    int FilesDeleted,
    IReadOnlyList<Diagnostic> Diagnostics,
    TimeSpan Elapsed)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
