using BenchmarkDotNet.Running;
using Publisher.Benchmarks.Taz;

namespace Publisher.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "pdf-stopwatch") PdfDigestStopwatch.Run(args);
        else if (args.Length > 0 && args[0] == "feeds-stopwatch") FeedsOnce.Run(args);
        else if (args.Length > 0 && args[0] == TazCorpusRun.Verb) Environment.ExitCode = TazCorpusRun.Run(args);
        else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
