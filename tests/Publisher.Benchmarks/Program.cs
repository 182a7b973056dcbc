using System.Globalization;
using BenchmarkDotNet.Running;
using Publisher.Benchmarks.Epub;

namespace Publisher.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["epub", var count]) EpubStopwatch.Run(int.Parse(count, CultureInfo.InvariantCulture));
        else if (args is ["cover", var covers]) CoverStopwatch.Run(int.Parse(covers, CultureInfo.InvariantCulture));
        else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
