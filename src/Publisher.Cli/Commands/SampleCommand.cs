using System.CommandLine;
using Publisher.Core.Sampling;

namespace Publisher.Cli.Commands;

/// <summary><c>publisher sample --count N --out DIR [--seed S] [--input-format both|taz|markdown]</c>: a deterministic synthetic corpus in both input formats.</summary>
internal static class SampleCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var count = new Option<int>("--count") { Description = "How many articles to write", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write them to (taz/ and markdown/ inside)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed; the same count and seed give the same files", DefaultValueFactory = _ => SampleCorpus.DefaultSeed };
        var mix = new Option<SampleMix>("--input-format") { Description = "both (nine in ten taz dumps, the rest Markdown), taz or markdown", DefaultValueFactory = _ => SampleMix.Both };
        var command = new Command("sample", "Write invented articles (taz dumps and Markdown) for tests and benchmarks") { count, output, seed, mix };
        command.SetAction(result =>
        {
            var n = result.GetValue(count);
            if (n < 0)
            {
                stderr.WriteLine("publisher: error: --count must be zero or more");
                return 2;
            }
            var written = SampleCorpus.Write(result.GetValue(output)!, n, result.GetValue(seed), result.GetValue(mix));
            stdout.WriteLine($"{written.Count} articles written to {result.GetValue(output)}");
            return 0;
        });
        return command;
    }
}
