using BenchmarkDotNet.Attributes;
using Publisher.Core.Grouping;
using Publisher.Templating;

namespace Publisher.Benchmarks.Epub;

/// <summary>
/// Every EPUB (weekly issues and tag books) of N articles. Targets: 1,000 articles &lt; 0.4 s, 10,000 &lt; 4 s,
/// peak memory &lt; 300 MB. Run: <c>dotnet run -c Release --project tests/Publisher.Benchmarks -- --filter *Epub*</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class EpubBenchmarks
{
    private Corpus _corpus = null!;
    private TemplateRenderer _renderer = null!;

    [Params(1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = EpubCorpus.Create(Articles);
        _renderer = EpubRun.Renderer();
    }

    [Benchmark]
    public long AllBooks() => EpubRun.WriteAll(_corpus, _renderer);
}
