using System.Diagnostics;
using System.Globalization;
using Publisher.Build.Pipeline;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Parsing;
using Publisher.Templating;
using Publisher.Templating.Views;
using Scriban.Runtime;

namespace Publisher.Benchmarks;

/// <summary>
/// <c>-- render-stopwatch {content} [runs]</c>: the article templates of a content folder, stage by stage on one thread
/// (views, <c>feed/entry.sbn</c>, <c>epub/article.xhtml.sbn</c>), after reading it once in parallel. Prints CPU time and
/// bytes allocated per stage: allocation counts do not move with the load of a shared machine, CPU time does less than wall.
/// </summary>
internal static class RenderStopwatch
{
    public const string Verb = "render-stopwatch";

    public static void Run(string contentDirectory, int runs)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteConfigReader.Read(contentDirectory, diagnostics);
        var articles = Measure("read and parse (parallel)", () => new ContentLoader(ArticleParsers.All).Load(contentDirectory, site, diagnostics));
        var corpus = Corpus.Create(site, articles);
        var renderer = new TemplateRenderer(new TemplateSet(TemplateSet.ShippedDirectory));
        var labels = new ScriptObject { ["related"] = "Mehr zum Thema" };
        var siteView = SiteView.From(site);
        for (var run = 0; run < runs; run++)
        {
            var views = new ArticleViews(corpus);
            var made = Measure("views", () => corpus.Articles.Select(views.Create).ToArray());
            Measure("feed/entry.sbn", () => made.Sum(view => renderer.Render("feed/entry.sbn", new Dictionary<string, object?> { ["article"] = view, ["site"] = siteView }).Length));
            Measure("epub/article.xhtml.sbn", () => made.Sum(view => renderer.Render("epub/article.xhtml.sbn", new Dictionary<string, object?> { ["article"] = view, ["labels"] = labels }).Length));
        }
    }

    private static T Measure<T>(string stage, Func<T> work)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = work();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stage,-28} {clock.Elapsed.TotalSeconds,7:F3} s wall {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,7:F3} s CPU {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6,9:F1} MB allocated"));
        return result;
    }
}
