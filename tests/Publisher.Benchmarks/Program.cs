using BenchmarkDotNet.Running;

namespace Publisher.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "pdf-stopwatch") PdfDigestStopwatch.Run(args);
        else if (args.Length > 0 && args[0] == "feeds-stopwatch") FeedsOnce.Run(args);
        else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
