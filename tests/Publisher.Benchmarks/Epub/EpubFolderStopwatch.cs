using System.Diagnostics;
using Publisher.Build.Incremental;
using Publisher.Build.Pipeline;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Parsing;
using Publisher.Epub;
using Publisher.Templating;

namespace Publisher.Benchmarks.Epub;

/// <summary>
/// <c>-- epub-folder {content} [runs] [--no-pack]</c>: the EPUB stage of a first build of a content folder, apart from reading
/// it. The folder is parsed once; then each run plans and writes every book as the build does (in parallel, with
/// a fresh piece pack in an empty folder, saved at the end), to streams that keep nothing. Prints wall, CPU and bytes
/// allocated per run and the process's peak memory.
/// </summary>
internal static class EpubFolderStopwatch
{
    public const string Verb = "epub-folder";

    /// <param name="withPack">False: no piece pack (articles shared within the run only, as the EPUB format does without a store).</param>
    public static void Run(string contentDirectory, int runs, bool withPack = true)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var diagnostics = new DiagnosticBag();
        var site = SiteConfigReader.Read(contentDirectory, diagnostics);
        var articles = new ContentLoader(ArticleParsers.All).Load(contentDirectory, site, diagnostics);
        var corpus = Corpus.Create(site, articles);
        Console.WriteLine($"read {corpus.Articles.Length} articles: {clock.Elapsed.TotalSeconds:F3} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F3} s CPU; {corpus.Weeks.Length} weeks, {corpus.TagGroups.Length} tags");
        var templates = new TemplateSet(TemplateSet.ShippedDirectory);
        var renderer = new TemplateRenderer(templates);
        for (var run = 0; run < runs; run++)
        {
            var output = Directory.CreateTempSubdirectory("epub-folder-").FullName;
            try
            {
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                clock.Restart();
                long bytes = 0;
                using (var pack = new PiecePack(output, () => PieceSalt.Of(SiteFingerprint.Of(site), templates), useStored: true))
                {
                    var jobs = new EpubFormat(renderer, withPack ? pack : null).Plan(corpus, new DiagnosticBag());
                    Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job =>
                    {
                        using var stream = new DiscardingStream();
                        job.Write(stream);
                        Interlocked.Add(ref bytes, stream.Length);
                    });
                    pack.Save();
                }
                var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                Console.WriteLine($"  run {run}: {clock.Elapsed.TotalSeconds:F3} s wall, {spent.TotalSeconds:F3} s CPU, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F0} MB allocated, {bytes / 1024.0 / 1024:F1} MB of EPUB, pack {(File.Exists(Path.Combine(output, PiecePack.RelativePath)) ? new FileInfo(Path.Combine(output, PiecePack.RelativePath)).Length / 1024.0 / 1024 : 0):F1} MB");
            }
            finally
            {
                Directory.Delete(output, recursive: true);
            }
        }
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"  peak working set: {self.PeakWorkingSet64 / 1024 / 1024} MB");
    }
}
