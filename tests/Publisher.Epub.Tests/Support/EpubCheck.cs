using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Epub.Tests.Support;

/// <summary>
/// Runs epubcheck (Debian's 4.2.6: <c>/usr/bin/epubcheck</c> is a jar). Many books are checked in one JVM through
/// Tools/BatchEpubCheck.java (Java's source launcher); where no compiler is installed, one JVM per book, two at a time.
/// </summary>
public static partial class EpubCheck
{
    private const string Jar = "/usr/bin/epubcheck";

    /// <summary>A short-lived JVM: the quick compiler only and the serial collector halve the CPU time.</summary>
    private static readonly string[] FastStart = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"];

    public sealed record Result(string File, int Errors, int Warnings, string Output)
    {
        public override string ToString() => $"{File}: {Errors} errors, {Warnings} warnings\n{Output}";
    }

    public static IReadOnlyDictionary<string, Result> Run(IReadOnlyList<string> files)
    {
        var batch = Path.Combine(AppContext.BaseDirectory, "Tools", "BatchEpubCheck.java");
        var halves = files.Chunk(Math.Max(1, (files.Count + 1) / 2)).ToList();
        var outputs = new string[halves.Count];
        Parallel.For(0, halves.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            outputs[i] = Java([.. FastStart, "-cp", Jar, batch, .. halves[i]]));
        var results = outputs.SelectMany(Parse).ToDictionary(r => r.File);
        var missing = files.Where(f => !results.ContainsKey(f)).ToList();
        if (missing.Count > 0) // no source launcher (JRE without compiler): one JVM per book
        {
            var single = new Result[missing.Count];
            Parallel.For(0, missing.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
                single[i] = Summarise(missing[i], Java([.. FastStart, "-jar", Jar, missing[i]])));
            foreach (var r in single) results[r.File] = r;
        }
        return results;
    }

    private static IEnumerable<Result> Parse(string output)
    {
        foreach (Match m in BookBlock().Matches(output))
            yield return Summarise(m.Groups["file"].Value, m.Groups["body"].Value);
    }

    private static Result Summarise(string file, string output)
    {
        var counts = Counts().Match(output);
        if (!counts.Success) return new Result(file, -1, -1, output);
        return new Result(file, int.Parse(counts.Groups["fatal"].Value) + int.Parse(counts.Groups["errors"].Value), int.Parse(counts.Groups["warnings"].Value), output);
    }

    private static string Java(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return output.ToString();
    }

    [GeneratedRegex(@"=== BEGIN (?<file>.+?)\n(?<body>.*?)=== END -?\d+ \k<file>", RegexOptions.Singleline)]
    private static partial Regex BookBlock();

    [GeneratedRegex(@"Messages: (?<fatal>\d+) fatals? / (?<errors>\d+) errors? / (?<warnings>\d+) warnings?")]
    private static partial Regex Counts();
}
