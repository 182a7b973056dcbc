using System.Diagnostics;
using System.Globalization;

namespace Publisher.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Publisher.Benchmarks -- --feeds-once [articles] [--files]</c>: one cold
/// run in a fresh process, printing wall time of the feeds format and the process's peak resident memory (VmHWM),
/// which BenchmarkDotNet does not report.
/// </summary>
public static class FeedsOnce
{
    public static void Run(string[] args)
    {
        var count = args.Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0, 10_000);
        var toFiles = args.Contains("--files");
        var corpus = SyntheticCorpus.Create(count);
        var renderer = FeedsRun.Renderer();
        var output = toFiles ? Directory.CreateTempSubdirectory("feeds-bench-").FullName : null;
        var clock = Stopwatch.StartNew();
        var (files, bytes) = FeedsRun.Run(corpus, renderer, output);
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"feeds: {corpus.Articles.Length} articles, {corpus.Tags.Length} tags, {corpus.Weeks.Length} weeks -> {files} files, {bytes / 1e6:F1} MB{(toFiles ? " to " + output : "")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wall {clock.Elapsed.TotalSeconds:F2} s, peak RSS {PeakResidentMegabytes():F0} MB (whole process, corpus included), cores {Environment.ProcessorCount}"));
        if (output is not null) Directory.Delete(output, recursive: true);
    }

    private static double PeakResidentMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
