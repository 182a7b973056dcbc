using System.Runtime.ExceptionServices;

namespace Publisher.Core.Parsing;

/// <summary>
/// Runs one action per index on as many threads as there are cores (the caller's thread included), each
/// thread taking the next index when it is done with one. Dedicated threads instead of the thread pool: a
/// batch of many short, CPU-bound items kept idle pool workers spinning for work, on cores the batch needed.
/// The first exception an action throws is rethrown to the caller once every thread has stopped.
/// </summary>
internal static class ParallelFiles
{
    public static void For(int count, Action<int> action)
    {
        var next = -1;
        ExceptionDispatchInfo? failure = null;
        void Work()
        {
            try
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < count && Volatile.Read(ref failure) is null)
                {
                    action(index);
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            }
        }

        var helpers = new Thread[Math.Max(0, Math.Min(Environment.ProcessorCount, count) - 1)];
        for (var i = 0; i < helpers.Length; i++)
        {
            helpers[i] = new Thread(Work) { IsBackground = true, Name = "publisher-read" };
            helpers[i].Start();
        }

        Work();
        foreach (var helper in helpers)
        {
            helper.Join();
        }

        failure?.Throw();
    }
}
