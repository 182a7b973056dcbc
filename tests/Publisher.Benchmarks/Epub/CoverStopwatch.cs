using System.Diagnostics;
using Publisher.Core.Wording;
using Publisher.Epub.Books;
using Publisher.Epub.Cover;
using Publisher.Epub.Views;
using Publisher.Templating.Views;

namespace Publisher.Benchmarks.Epub;

/// <summary><c>-- cover 200</c>: how long one cover takes (layout, SVG from the template, PNG), single-threaded.</summary>
internal static class CoverStopwatch
{
    public static void Run(int count)
    {
        var renderer = EpubRun.Renderer();
        double layout = 0, template = 0, raster = 0;
        var cpu = TimeSpan.Zero;
        for (var i = 0; i < count; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var cover = CoverView.From(new CoverText("Benchmark Bote", $"Woche {i % 52 + 1}/2026", "9.–15. November 2026", ["Verkehr", "Mieten & Wohnen", "Klima", "Ost/West"]));
            var book = new BookView("t", "t", "de", "urn:uuid:x", new SiteView("s", null, "https://x/", "a", null, "de"), WordsView.Of(Words.German), Labels.From(Words.German), [], cover);
            var t1 = Stopwatch.GetTimestamp();
            var svg = renderer.Render("epub/cover.svg.sbn", new Dictionary<string, object?> { ["book"] = book });
            var t2 = Stopwatch.GetTimestamp();
            _ = CoverRasterizer.ToPng(svg, out _);
            var t3 = Stopwatch.GetTimestamp();
            if (i == count / 10) cpu = Process.GetCurrentProcess().TotalProcessorTime;
            if (i < count / 10) continue; // warm-up
            layout += Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds;
            template += Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds;
            raster += Stopwatch.GetElapsedTime(t2, t3).TotalMilliseconds;
        }
        var measured = count - count / 10;
        Console.WriteLine($"per cover: {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / measured:F2} ms CPU; wall: layout {layout / measured:F2} ms, template {template / measured:F2} ms, rasterise+PNG {raster / measured:F2} ms");
    }
}
