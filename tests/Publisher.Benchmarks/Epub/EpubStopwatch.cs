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
        Console.WriteLine($"{count} articles: {corpus.Weeks.Length} weekly issues, {corpus.TagGroups.Length} tag books");
        for (var run = 0; run < 4; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var bytes = EpubRun.WriteAll(corpus, renderer);
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"  run {run}: {clock.Elapsed.TotalSeconds:F3} s wall, {cpu.TotalSeconds:F3} s CPU, {bytes / 1024 / 1024.0:F1} MB of EPUB");
        }
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"  peak working set: {self.PeakWorkingSet64 / 1024 / 1024} MB");
    }
}
