using System.Globalization;
using Publisher.Build.Pipeline;

namespace Publisher.Cli.Reporting;

/// <summary>The closing lines of a build.</summary>
internal static class SummaryText
{
    /// <summary>
    /// What was read and built, and what was written: <c>11 files (11 unchanged, not parsed again): 10 articles, 3 tags,
    /// 2 weeks → out: …</c>. Files are counted apart from articles: a draft or a file with an error is read but builds none.
    /// </summary>
    public static string Format(BuildSummary s, string outputDirectory) => s.Stopped
        ? string.Create(CultureInfo.InvariantCulture, $"nothing built → {outputDirectory}: {Count(s.Errors, "error")}, {Count(s.Warnings, "warning")}")
        : string.Create(CultureInfo.InvariantCulture,
            $"{Count(s.Files, "file")}{(s.FilesReused > 0 ? $" ({s.FilesReused} unchanged, not parsed again)" : "")}: {Count(s.Articles, "article")}, {Count(s.Tags, "tag")}, {Count(s.Weeks, "week")} → {outputDirectory}: {s.FilesWritten} written, {s.FilesUnchanged} unchanged, {s.FilesDeleted} deleted{(s.FilesFailed > 0 ? $", {s.FilesFailed} failed" : "")}; "
            + $"{Count(s.Errors, "error")}, {Count(s.Warnings, "warning")}; {s.Elapsed.TotalSeconds:0.00} s, peak memory {PeakMegabytes()} MB");

    /// <summary>
    /// Why nothing was written, when <c>--strict</c> stopped the build (else null): <c>--strict: 2 warnings count as errors;
    /// nothing was written</c>.
    /// </summary>
    public static string? Strict(BuildSummary s)
    {
        if (!s.StoppedByStrict) return null;
        var warnings = s.Warnings == 1 ? "1 warning counts as an error" : $"{s.Warnings} warnings count as errors";
        var reason = (s.Errors, s.Warnings) switch
        {
            (0, _) => warnings,
            (_, 0) => $"the build stops at {Count(s.Errors, "error")}",
            _ => $"{Count(s.Errors, "error")}, and {warnings}",
        };
        return string.Create(CultureInfo.InvariantCulture, $"--strict: {reason}; nothing was written");
    }

    /// <summary>
    /// Why nothing was written, when content could not be read (else null): <c>nothing was written: 1 file or folder of the
    /// content could not be read; the last build's outputs are kept, not replaced by ones without its articles</c>.
    /// </summary>
    public static string? Unreadable(BuildSummary s) => s.UnreadableContent switch
    {
        0 => null,
        1 => "nothing was written: 1 file or folder of the content could not be read; the last build's outputs are kept, not replaced by ones without its articles",
        var n => string.Create(CultureInfo.InvariantCulture, $"nothing was written: {n} files or folders of the content could not be read; the last build's outputs are kept, not replaced by ones without their articles"),
    };

    /// <summary>A count and its noun, singular for 1: <c>1 week</c>, <c>0 weeks</c>, <c>2 weeks</c>.</summary>
    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>The process's peak resident set (VmHWM on Linux), which the Bench target reads from this line.</summary>
    private static long PeakMegabytes()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024 * 1024);
    }
}
