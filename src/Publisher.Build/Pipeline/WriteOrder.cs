using System.Collections.Concurrent;

namespace Publisher.Build.Pipeline;

/// <summary>
/// The order the build hands its jobs to the cores. When a build writes only a few PDF digests (an incremental
/// build: the changed article's week), they go first and each core takes the next job whenever it is free: a
/// digest is laid out from scratch and is the slowest single job, so it runs beside the many short jobs instead of
/// alone at the end. A build with more digests than cores keeps plan order and the usual split of the list between
/// the cores (each works through its own stretch, format after format, so one stage's memory at a time): there the
/// order does not shorten the build.
/// </summary>
public static class WriteOrder
{
    private const string SlowestFormat = "pdf";

    public static void ForEach<T>(IReadOnlyList<T> jobs, Func<T, string> formatOf, ParallelOptions options, Action<T> write)
    {
        var cores = options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount; // how many jobs run at once
        var slowest = jobs.Where(job => formatOf(job) == SlowestFormat).ToList();
        if (slowest.Count == 0 || slowest.Count > cores)
        {
            Parallel.ForEach(jobs, options, write);
            return;
        }
        List<T> ordered = [.. slowest, .. jobs.Where(job => formatOf(job) != SlowestFormat)];
        Parallel.ForEach(Partitioner.Create(ordered, EnumerablePartitionerOptions.NoBuffering), options, write);
    }
}
