using BenchmarkDotNet.Attributes;
using Publisher.Core.Grouping;
using Publisher.Templating;

namespace Publisher.Benchmarks;

/// <summary>
/// All feeds (site + every tag in Atom, RSS and JSON Feed, plus the weekly archives) of a synthetic corpus.
/// Target for 10,000 articles: under 3 s wall and 400 MB peak on 2 cores.
/// <c>dotnet run -c Release --project tests/Publisher.Benchmarks -- --filter *FeedsBenchmark*</c>
/// </summary>
[MemoryDiagnoser]
[InProcess] // no generated project to build: on a busy 2-core machine that build alone hit BenchmarkDotNet's 2-minute timeout
[WarmupCount(1)]
[IterationCount(5)]
public class FeedsBenchmark
{
    private Corpus _corpus = null!;
    private TemplateRenderer _renderer = null!;
    private string _output = null!;

    [Params(10_000)]
    public int Articles { get; set; }

    /// <summary><c>synthetic</c>: built in memory; <c>sample</c>: the sample generator's articles, parsed.</summary>
    [Params("synthetic", "sample")]
    public string Source { get; set; } = "synthetic";

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Source == "sample" ? SyntheticCorpus.FromSamples(Articles) : SyntheticCorpus.Create(Articles);
        _renderer = FeedsRun.Renderer();
        _output = Directory.CreateTempSubdirectory("feeds-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_output, recursive: true);

    [Benchmark(Description = "all feeds, counted only")]
    public long AllFeedsCounted() => FeedsRun.Run(_corpus, _renderer, null).Bytes;

    [Benchmark(Description = "all feeds, written to files")]
    public long AllFeedsToFiles() => FeedsRun.Run(_corpus, _renderer, _output).Bytes;
}
