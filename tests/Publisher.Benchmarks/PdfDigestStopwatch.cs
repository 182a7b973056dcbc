using System.Diagnostics;
using Publisher.Core.Diagnostics;
using Publisher.Pdf.Digest;
using Publisher.Templating;
using Publisher.Typesetting;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Markup;

namespace Publisher.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- pdf-stopwatch [articles] [runs] [out.pdf] [--one-core] [--rounds N]</c>: a quick timing
/// without BenchmarkDotNet, wall clock, CPU time (the machine may be shared) and allocation per run, with
/// a per-stage breakdown. <c>--one-core</c> renders as the full build does (one digest per core).
/// </summary>
public static class PdfDigestStopwatch
{
    public static void Run(string[] args)
    {
        var oneCore = args.Contains("--one-core");
        var roundsAt = Array.IndexOf(args, "--rounds");
        var rounds = roundsAt > 0 ? int.Parse(args[roundsAt + 1]) : 5;
        if (roundsAt > 0) args = [.. args[..roundsAt], .. args[(roundsAt + 2)..]];
        args = [.. args.Where(a => a != "--one-core")];
        var count = args.Length > 1 ? int.Parse(args[1]) : 100;
        var runs = args.Length > 2 ? int.Parse(args[2]) : 10;
        var corpus = PdfDigestCorpus.Create(count);
        var week = corpus.Weeks.Single();
        var renderer = new DigestRenderer(new TemplateRenderer(new TemplateSet(TemplateSet.ShippedDirectory)), useAllCores: !oneCore);
        var process = Process.GetCurrentProcess();
        var bestCpu = double.MaxValue;
        for (var run = 1; run <= runs; run++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(true);
            var paused = GC.GetTotalPauseDuration();
            var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var clock = Stopwatch.StartNew();
            var result = renderer.Render(corpus, week, new DiagnosticBag());
            var wall = clock.Elapsed.TotalMilliseconds;
            process.Refresh();
            var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
            if (run > 1) bestCpu = Math.Min(bestCpu, cpuMs);
            Console.WriteLine($"run {run}: {wall:0} ms wall, {cpuMs:0} ms CPU, {(GC.GetTotalAllocatedBytes(true) - allocated) / 1048576.0:0.0} MB allocated, " +
                              $"{result.Plan.PageCount} pages, {result.Pdf.Length / 1024} KB, GC paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms " +
                              $"(gen0/1/2: {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3})");
            if (run == 1 && args.Length > 3) File.WriteAllBytes(args[3], result.Pdf);
        }
        Console.WriteLine($"best CPU of runs 2–{runs}: {bestCpu:0} ms; peak working set {process.PeakWorkingSet64 / 1048576} MB");
        Stages(renderer, corpus, week, rounds);
    }

    private static void Stages(DigestRenderer renderer, Publisher.Core.Grouping.Corpus corpus, Publisher.Core.Grouping.WeekGroup week, int rounds)
    {
        var best = new double[9];
        Array.Fill(best, double.MaxValue);
        var cpuSum = new double[best.Length];
        var allocSum = new double[best.Length];
        var proc = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            proc.Refresh();
            var cpuMark = proc.TotalProcessorTime;
            var allocMark = GC.GetTotalAllocatedBytes(true);
            var clock = Stopwatch.StartNew();
            var view = DigestViewBuilder.Build(corpus, week);
            Take(0);
            var markup = renderer.RenderMarkup(view);
            Take(1);
            var read = XhtmlReader.Read(markup, "digest", DigestStyle.For(corpus.Site));
            Take(2);
            var composer = new Publisher.Typesetting.Layout.Composer(read.Style, Publisher.Typesetting.Hyphenation.HyphenationLibrary.Default);
            var composed = composer.Compose(read.Blocks, new Dictionary<string, int>());
            Take(7);
            new Publisher.Typesetting.Layout.Paginator(read.Style).Paginate(composed);
            Take(8);
            var typesetter = new Typesetter(read.Style);
            var (plan, flows) = typesetter.Layout(new TypesetDocument(read.Blocks, DocumentInfo.Untitled));
            Take(3);
            var rendered = new Publisher.Typesetting.Rendering.PdfRenderer(read.Style, Publisher.Typesetting.Rendering.PageDecorations.Default)
                .Render(plan, flows, DocumentInfo.Untitled);
            var pdf = rendered.Document;
            Take(4);
            pdf.Options.NoCompression = true;
            pdf.Options.CompressContentStreams = false;
            using var raw = new MemoryStream();
            pdf.Save(raw, false);
            Take(5);
            Publisher.Typesetting.Rendering.PdfRewriter.Rewrite(raw.GetBuffer(), (int)raw.Length, rendered, useAllCores: false);
            Take(6);

            void Take(int stage)
            {
                best[stage] = Math.Min(best[stage], clock.Elapsed.TotalMilliseconds);
                proc.Refresh();
                var cpuNow = proc.TotalProcessorTime;
                var allocNow = GC.GetTotalAllocatedBytes(true);
                cpuSum[stage] += (cpuNow - cpuMark).TotalMilliseconds;
                allocSum[stage] += allocNow - allocMark;
                cpuMark = cpuNow;
                allocMark = allocNow;
                clock.Restart();
            }
        }
        Console.WriteLine($"stages (best of {rounds}): view {best[0]:0} ms, template {best[1]:0} ms, markup {best[2]:0} ms, " +
                          $"layout {best[3]:0} ms, draw {best[4]:0} ms, save {best[5]:0} ms, rewrite {best[6]:0} ms");
        string[] names = ["view", "template", "markup", "layout", "draw", "save", "rewrite", "compose", "paginate"];
        Console.WriteLine($"stages (mean of {rounds}), CPU ms / allocated MB: " + string.Join(", ",
            Enumerable.Range(0, best.Length).Select(i => $"{names[i]} {cpuSum[i] / rounds:0}/{allocSum[i] / rounds / 1048576:0}")));
        Console.WriteLine($"layout parts (best of {rounds}, outside the stages above): compose {best[7]:0} ms, one paginate pass {best[8]:0} ms");
    }
}
