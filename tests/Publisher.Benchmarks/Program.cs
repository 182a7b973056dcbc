using BenchmarkDotNet.Running;

namespace Publisher.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--feeds-once", ..]) { FeedsOnce.Run(args); return; }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
