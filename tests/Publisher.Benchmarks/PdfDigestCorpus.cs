using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;
using Publisher.Core.Sampling;

namespace Publisher.Benchmarks;

/// <summary>A week of N invented articles (the sample generator's, moved into ISO week 2026-W46).</summary>
public static class PdfDigestCorpus
{
    public static Corpus Create(int count, int seed = 1)
    {
        var site = new Site { Title = "Stadtbote Benchmark", BaseUrl = new Uri("https://stadtbote.example/"), Language = "de" };
        var diagnostics = new DiagnosticBag();
        var parser = new MarkdownArticleParser();
        var monday = new DateOnly(2026, 11, 9);
        var articles = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var sample = SampleArticleGenerator.Create(SampleCorpus.ArticleSeed(seed, i)) with { Date = monday.AddDays(i % 7) };
            var context = new ParseContext($"bench/{i:D3}.md", diagnostics, "de", TimeZoneInfo.Utc, site.BaseUrl);
            if (parser.Parse(Encoding.UTF8.GetBytes(MarkdownArticleWriter.Write(sample)), context) is { } article)
                articles.Add(article);
        }
        return Corpus.Create(site, articles);
    }
}
