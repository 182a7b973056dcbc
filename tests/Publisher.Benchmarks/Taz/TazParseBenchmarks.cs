using BenchmarkDotNet.Attributes;
using Publisher.Core.Parsing.Taz;
using Publisher.Core.Sampling;

namespace Publisher.Benchmarks.Taz;

/// <summary>
/// The taz parser over a generated corpus held in memory (no file I/O): one article, and the whole
/// corpus sequentially and in parallel. Run: <c>dotnet run -c Release --project tests/Publisher.Benchmarks -- --filter '*TazParse*'</c>.
/// </summary>
[MemoryDiagnoser]
public class TazParseBenchmarks
{
    private byte[][] files = [];

    [Params(1000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        files = [.. Enumerable.Range(0, Articles).Select(i =>
            System.Text.Encoding.UTF8.GetBytes(TazDumpWriter.Write(SampleArticleGenerator.Create(SampleCorpus.ArticleSeed(1, i)))))];
    }

    [Benchmark]
    public TazParseResult OneArticle() => TazParser.Parse(files[0], "one.txt");

    [Benchmark]
    public int CorpusSequential()
    {
        var blocks = 0;
        foreach (var file in files)
        {
            blocks += TazParser.Parse(file, "corpus.txt").Body.Length;
        }

        return blocks;
    }

    [Benchmark]
    public int CorpusParallel()
    {
        var blocks = 0;
        Parallel.ForEach(files, file => Interlocked.Add(ref blocks, TazParser.Parse(file, "corpus.txt").Body.Length));
        return blocks;
    }
}
