using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Epub;
using Publisher.Templating;

namespace Publisher.Benchmarks.Epub;

/// <summary>Plans every EPUB of a corpus and writes them all, in parallel as the build does (to a stream that keeps nothing, so the disk is not measured).</summary>
internal static class EpubRun
{
    public static TemplateRenderer Renderer() => new(new TemplateSet(TemplateSet.ShippedDirectory));

    public static long WriteAll(Corpus corpus, TemplateRenderer renderer)
    {
        var jobs = new EpubFormat(renderer).Plan(corpus, new DiagnosticBag());
        long bytes = 0;
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job =>
        {
            using var stream = new DiscardingStream();
            job.Write(stream);
            Interlocked.Add(ref bytes, stream.Length);
        });
        return bytes;
    }
}
