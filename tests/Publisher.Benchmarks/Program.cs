using System.Globalization;
using BenchmarkDotNet.Running;
using Publisher.Benchmarks.Epub;
using Publisher.Benchmarks.Model;
using Publisher.Benchmarks.Taz;

namespace Publisher.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["epub", var count]) EpubStopwatch.Run(int.Parse(count, CultureInfo.InvariantCulture));
        else if (args is [EpubFolderStopwatch.Verb, var content, .. var runs]) EpubFolderStopwatch.Run(content, runs is [var n, ..] ? int.Parse(n, CultureInfo.InvariantCulture) : 3, withPack: !runs.Contains("--no-pack"));
        else if (args is ["cover", var covers]) CoverStopwatch.Run(int.Parse(covers, CultureInfo.InvariantCulture));
        else if (args.Length > 0 && args[0] == "pdf-stopwatch") PdfDigestStopwatch.Run(args);
        else if (args.Length > 0 && args[0] == HyphenationLoadStopwatch.Verb) HyphenationLoadStopwatch.Run(args);
        else if (args.Length > 0 && args[0] == "feeds-stopwatch") FeedsOnce.Run(args);
        else if (args is [RenderStopwatch.Verb, var renderFolder, .. var renderRuns]) RenderStopwatch.Run(renderFolder, renderRuns is [var r] ? int.Parse(r, CultureInfo.InvariantCulture) : 3);
        else if (args is [ModelMemoryRun.Verb, var folder, .. var rest]) ModelMemoryRun.Run(folder, rest is [var p] ? int.Parse(p, CultureInfo.InvariantCulture) : 3);
        else if (args.Length > 0 && args[0] == TazCorpusRun.Verb) Environment.ExitCode = TazCorpusRun.Run(args);
        else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
