using Publisher.Build.Pipeline;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Sampling;

namespace Publisher.Benchmarks.Epub;

/// <summary>A corpus of N invented articles (<c>publisher sample</c>'s generator), parsed as a build parses them.</summary>
internal static class EpubCorpus
{
    public static Corpus Create(int count)
    {
        var directory = Directory.CreateTempSubdirectory("epub-bench-").FullName;
        try
        {
            SampleCorpus.Write(directory, count);
            var diagnostics = new DiagnosticBag();
            var site = new Site { Title = "Benchmark Bote", BaseUrl = new Uri("https://bench.example/"), Language = "de" };
            var articles = new ContentLoader(ArticleParsers.All).Load(directory, site, diagnostics);
            return Corpus.Create(site, articles);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
