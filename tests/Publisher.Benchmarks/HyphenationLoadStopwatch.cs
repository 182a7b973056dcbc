using System.Diagnostics;
using Publisher.Typesetting.Hyphenation;

namespace Publisher.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- hyphenation-load [runs]</c>: CPU time and allocation of loading the shipped German and
/// English patterns (each build loads them once, on the first digest's thread, while the other core waits).
/// </summary>
public static class HyphenationLoadStopwatch
{
    public const string Verb = "hyphenation-load";

    public static void Run(string[] args)
    {
        var runs = args.Length > 1 ? int.Parse(args[1]) : 5;
        var process = Process.GetCurrentProcess();
        foreach (var file in new[] { "hyph_de_DE.dic", "hyph_en_US.dic" })
        {
            var bytes = HyphenationLibrary.ReadShipped(file)!;
            var best = double.MaxValue;
            long allocated = 0;
            var patterns = 0;
            for (var run = 0; run < runs; run++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var before = GC.GetTotalAllocatedBytes(true);
                var hyphenator = LiangHyphenator.Load(file[5..7], bytes);
                process.Refresh();
                best = Math.Min(best, (process.TotalProcessorTime - cpu).TotalMilliseconds);
                allocated = GC.GetTotalAllocatedBytes(true) - before;
                patterns = hyphenator.PatternCount;
            }
            Console.WriteLine($"{file}: {patterns} patterns, best {best:0} ms CPU of {runs}, {allocated / 1048576.0:0.0} MB allocated");
        }
    }
}
