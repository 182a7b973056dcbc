using System.Diagnostics;
using Publisher.Core.Parsing.Taz;
using Publisher.Core.Sampling;

namespace Publisher.Benchmarks.Taz;

/// <summary>
/// Whole-corpus wall-clock run for <c>/usr/bin/time -v</c>: reads and parses every <c>*.txt</c> under a
/// folder in parallel, cold (one process, one pass), as <c>publisher parse</c> would.
/// <c>dotnet Publisher.Benchmarks.dll taz-corpus DIR [--generate N]</c>; with <c>--loader [PASSES]</c> the whole
/// read stage of a build instead (<see cref="ContentLoaderRun"/>).
/// </summary>
public static class TazCorpusRun
{
    public const string Verb = "taz-corpus";

    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine($"usage: {Verb} DIR [--generate N | --loader [PASSES]]");
            return 2;
        }

        var directory = args[1];
        if (args.Length >= 4 && args[2] == "--generate")
        {
            var written = SampleCorpus.Write(directory, int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture), mix: SampleMix.Taz);
            Console.WriteLine($"generated {written.Count} files in {directory}");
            return 0;
        }

        if (args.Length >= 3 && args[2] == "--loader")
        {
            return ContentLoaderRun.Run(directory, args.Length >= 4 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5);
        }

        var files = Directory.GetFiles(directory, "*.txt", SearchOption.AllDirectories);
        var stopwatch = Stopwatch.StartNew();
        long bytes = 0;
        long blocks = 0;
        Parallel.ForEach(files, file =>
        {
            var content = File.ReadAllBytes(file);
            var result = TazParser.Parse(content, Path.GetFileName(file));
            Interlocked.Add(ref bytes, content.Length);
            Interlocked.Add(ref blocks, result.Body.Length);
        });
        stopwatch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        Console.WriteLine(
            $"{files.Length} files, {bytes / 1e6:F1} MB, {blocks} body blocks: {stopwatch.Elapsed.TotalSeconds:F2} s wall for the parse, " +
            $"{cpu.TotalSeconds:F2} s CPU for the process, {Environment.ProcessorCount} cores");
        return 0;
    }
}
