using System.Diagnostics;
using System.Globalization;

namespace Publisher.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Publisher.Benchmarks -- feeds-stopwatch [articles] [--files] [--sample]</c>: one cold
/// run in a fresh process, printing wall time of the feeds format and the process's peak resident memory (VmHWM),
/// which BenchmarkDotNet does not report.
/// </summary>
public static class FeedsOnce
{
    public static void Run(string[] args)
    {
        var count = args.Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0, 10_000);
        var toFiles = args.Contains("--files");
        var corpus = args.Contains("--sample") ? SyntheticCorpus.FromSamples(count) : SyntheticCorpus.Create(count);
        var renderer = FeedsRun.Renderer();
        var output = toFiles ? Directory.CreateTempSubdirectory("feeds-bench-").FullName : null;
        var corpusResident = CurrentResidentMegabytes();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var (files, bytes) = FeedsRun.Run(corpus, renderer, output);
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"feeds: {corpus.Articles.Length} articles, {corpus.Tags.Length} tags, {corpus.Weeks.Length} weeks -> {files} files, {bytes / 1e6:F1} MB{(toFiles ? " to " + output : "")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wall {clock.Elapsed.TotalSeconds:F2} s, CPU {cpu.TotalSeconds:F2} s, peak RSS {Status("VmHWM"):F0} MB (whole process; {corpusResident:F0} MB before the feeds ran), cores {Environment.ProcessorCount}, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        if (output is not null) Directory.Delete(output, recursive: true);
    }

    private static double CurrentResidentMegabytes() => Status("VmRSS");

    /// <summary>A memory figure from /proc/self/status in MB (<c>VmHWM</c>: peak resident, <c>VmRSS</c>: current).</summary>
    private static double Status(string field)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
