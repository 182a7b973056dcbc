using System.Diagnostics;
using System.Globalization;
using Publisher.Build.Pipeline;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Parsing;

namespace Publisher.Benchmarks.Taz;

/// <summary>
/// The "Reading content" stage of <c>publisher build</c> in one process, several passes: ContentLoader (taz and
/// Markdown, files read from disk) plus Corpus.Create. Prints wall, process CPU and allocated bytes per pass; the
/// first pass includes JIT, later passes show the steady cost.
/// <c>dotnet Publisher.Benchmarks.dll taz-corpus DIR --loader [PASSES]</c>.
/// </summary>
public static class ContentLoaderRun
{
    public static int Run(string directory, int passes)
    {
        var process = Process.GetCurrentProcess();
        for (var pass = 1; pass <= passes; pass++)
        {
            var diagnostics = new DiagnosticBag();
            var allocated = GC.GetTotalAllocatedBytes(precise: false);
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var collections = GC.CollectionCount(0);
            var paused = GC.GetTotalPauseDuration();
            var stopwatch = Stopwatch.StartNew();
            var site = SiteConfigReader.Read(directory, diagnostics);
            var articles = new ContentLoader(ArticleParsers.All).Load(directory, site, diagnostics);
            var corpus = Corpus.Create(site, articles);
            stopwatch.Stop();
            process.Refresh();
            var used = process.TotalProcessorTime - cpu;
            var bytes = GC.GetTotalAllocatedBytes(precise: false) - allocated;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {pass}: {corpus.Articles.Length} articles, {diagnostics.WarningCount} warnings: " +
                $"{stopwatch.Elapsed.TotalSeconds:F3} s wall, {used.TotalSeconds:F3} s CPU, {bytes / 1e6:F0} MB allocated, " +
                $"{GC.CollectionCount(0) - collections} GCs pausing {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F3} s"));
        }

        return 0;
    }
}
