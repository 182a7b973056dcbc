using System.Globalization;
using Publisher.Build.Pipeline;

namespace Publisher.Cli.Reporting;

/// <summary>The closing lines of a build.</summary>
internal static class SummaryText
{
    public static string Format(BuildSummary s, string outputDirectory) => s.Stopped
        ? string.Create(CultureInfo.InvariantCulture, $"nothing built → {outputDirectory}: {s.Errors} errors, {s.Warnings} warnings")
        : string.Create(CultureInfo.InvariantCulture,
            $"{s.Articles} articles{(s.FilesReused > 0 ? $" ({s.FilesReused} files unchanged, not parsed again)" : "")}, {s.Tags} tags, {s.Weeks} weeks → {outputDirectory}: {s.FilesWritten} written, {s.FilesUnchanged} unchanged, {s.FilesDeleted} deleted{(s.FilesFailed > 0 ? $", {s.FilesFailed} failed" : "")}; "
            + $"{s.Errors} errors, {s.Warnings} warnings; {s.Elapsed.TotalSeconds:0.00} s, peak memory {PeakMegabytes()} MB");

    /// <summary>The process's peak resident set (VmHWM on Linux), which the Bench target reads from this line.</summary>
    private static long PeakMegabytes()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024 * 1024);
    }
}
