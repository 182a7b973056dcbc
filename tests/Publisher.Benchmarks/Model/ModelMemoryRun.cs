using System.Diagnostics;
using System.Globalization;
using Publisher.Build.Pipeline;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Parsing;

namespace Publisher.Benchmarks.Model;

/// <summary>
/// What the parsed model costs to hold and to read: loads a content folder as <c>publisher build</c> does, reports
/// the live heap the model takes (after a full collection), then reads every article's body, images, links and
/// related articles — which decodes them, as each writer does — and reports the CPU per pass and what keeping
/// all decoded bodies alive would take. <c>dotnet Publisher.Benchmarks.dll model-memory DIR [PASSES]</c>.
/// </summary>
public static class ModelMemoryRun
{
    public const string Verb = "model-memory";

    public static void Run(string directory, int passes)
    {
        var before = Live();
        var diagnostics = new DiagnosticBag();
        var site = SiteConfigReader.Read(directory, diagnostics);
        var corpus = Corpus.Create(site, new ContentLoader(ArticleParsers.All).Load(directory, site, diagnostics));
        var model = Live() - before;
        Print($"{corpus.Articles.Length} articles: the model holds {model / 1e6:F1} MB live");

        var process = Process.GetCurrentProcess();
        long nodes = 0;
        for (var pass = 1; pass <= passes; pass++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            nodes = 0;
            foreach (var article in corpus.Articles)
                nodes += article.Body.Length + article.Images.Length + article.Links.Length + article.Related.Length;
            process.Refresh();
            var used = process.TotalProcessorTime - cpu;
            Print($"pass {pass}: read all content ({nodes} blocks and items) in {stopwatch.Elapsed.TotalMilliseconds:F0} ms wall, {used.TotalMilliseconds:F0} ms CPU");
        }

        var kept = corpus.Articles.Select(a => (a.Body, a.Images, a.Links, a.Related)).ToList();
        Print($"keeping every article's content decoded would add {(Live() - before - model) / 1e6:F1} MB");
        GC.KeepAlive(kept);
        GC.KeepAlive(corpus);
    }

    private static long Live()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static void Print(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
