using System.CommandLine;
using Publisher.Core.Sampling;

namespace Publisher.Cli.Commands;

/// <summary>
/// <c>publisher sample --count N --out DIR [--seed S] [--input-format both|taz|markdown] [--pictures]</c>: a
/// deterministic synthetic corpus in both input formats; with <c>--pictures</c>, every tenth Markdown article shows a
/// picture (<see cref="SamplePictures"/>).
/// </summary>
internal static class SampleCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var count = new Option<int>("--count") { Description = "How many articles to write", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write them to (taz/ and markdown/ inside)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed; the same count and seed give the same files", DefaultValueFactory = _ => SampleCorpus.DefaultSeed };
        var mix = new Option<SampleMix>("--input-format") { Description = "both (nine in ten taz dumps, the rest Markdown), taz or markdown", DefaultValueFactory = _ => SampleMix.Both };
        var pictures = new Option<bool>("--pictures") { Description = "Every tenth Markdown article shows a picture (PNG charts and JPEG photos in markdown/pictures/)" };
        var command = new Command("sample", "Write invented articles (taz dumps and Markdown) for tests and benchmarks") { count, output, seed, mix, pictures };
        command.SetAction(result =>
        {
            var n = result.GetValue(count);
            if (n < 0)
            {
                stderr.WriteLine("publisher: error: --count must be zero or more");
                return 2;
            }
            var folder = result.GetValue(output)!;
            var drawn = result.GetValue(pictures) && n > 0 && result.GetValue(mix) != SampleMix.Taz
                ? SamplePictures.Write(Path.Combine(folder, "markdown", SampleCorpus.PictureFolder), result.GetValue(seed))
                : null;
            var written = SampleCorpus.Write(folder, n, result.GetValue(seed), result.GetValue(mix), drawn);
            stdout.WriteLine($"{written.Count} articles written to {result.GetValue(output)}");
            return 0;
        });
        return command;
    }
}
