using System.Diagnostics;

namespace Publisher.Benchmarks.Epub;

/// <summary>
/// A quick measurement without BenchmarkDotNet: <c>dotnet run -c Release --project tests/Publisher.Benchmarks -- epub 1000</c>.
/// Prints the time of a cold and of warm runs, the books' size and the process's peak memory.
/// </summary>
internal static class EpubStopwatch
{
    public static void Run(int count)
    {
        var corpus = EpubCorpus.Create(count);
        var renderer = EpubRun.Renderer();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        using (var before = Process.GetCurrentProcess())
            Console.WriteLine($"corpus loaded: working set {before.WorkingSet64 / 1024 / 1024} MB, managed heap {GC.GetTotalMemory(false) / 1024 / 1024} MB, peak so far {before.PeakWorkingSet64 / 1024 / 1024} MB (sample files written and parsed)");
        Console.WriteLine($"{count} articles: {corpus.Weeks.Length} weekly issues, {corpus.TagGroups.Length} tag books");
        for (var run = 0; run < 4; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var bytes = EpubRun.WriteAll(corpus, renderer);
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"  run {run}: {clock.Elapsed.TotalSeconds:F3} s wall, {cpu.TotalSeconds:F3} s CPU, {bytes / 1024 / 1024.0:F1} MB of EPUB, max managed heap during run ~{GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes / 1024 / 1024} MB (last GC)");
        }
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"  peak working set: {self.PeakWorkingSet64 / 1024 / 1024} MB");
    }
}
