using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Publisher.Core.Grouping;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;
using Publisher.Core.Sampling;

namespace Publisher.Benchmarks;

/// <summary>
/// A deterministic corpus of invented articles built in memory (no parsing): newspaper-sized bodies (about 4 KB of
/// text in paragraphs, subheads, a figure, links), 1–4 tags each from a pool with a few big and many small tags,
/// spread over about two years of ISO weeks.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Words =
        ["Stadt", "Bezirk", "Senat", "Haushalt", "Schule", "Radweg", "Miete", "Klima", "Wasser", "Theater", "Verein", "Markt",
         "morgen", "gestern", "deutlich", "langsam", "neue", "alte", "große", "kleine", "plant", "fordert", "prüft", "öffnet",
         "und", "oder", "aber", "mit", "für", "gegen", "über", "nach", "vor", "bei", "die", "der", "das", "ein", "eine", "nicht"];

    public static Corpus Create(int articles, int tags = 300, int seed = 20261126)
    {
        var random = new Random(seed);
        var site = new Site
        {
            Title = "Synthetic Daily",
            Description = "Generated for benchmarks",
            BaseUrl = new Uri("https://bench.example/"),
            Author = new SiteAuthor("Desk", "desk@bench.example"),
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"),
        };
        var tagNames = Enumerable.Range(0, tags).Select(i => $"Thema {i:D3}").ToArray();
        var first = new DateOnly(2024, 1, 1);
        var list = new List<Article>(articles);
        for (var i = 0; i < articles; i++)
        {
            var id = Slug.From($"article-{i:D5}");
            var date = first.AddDays(i * 730 / Math.Max(1, articles));
            list.Add(new Article
            {
                Id = new ArticleId(id),
                Slug = id,
                Title = $"Rubrik: {Sentence(random, 6)}",
                Kicker = "Rubrik",
                Headline = Sentence(random, 6),
                Teaser = Sentence(random, 25),
                Authors = [.. Enumerable.Range(0, 1 + random.Next(2)).Select(a => $"Autorin {random.Next(80)}")],
                Published = new PublicationDate(date, random.Next(3) == 0 ? null : new DateTimeOffset(date.ToDateTime(new TimeOnly(6 + random.Next(14), random.Next(60))), TimeSpan.FromHours(1))),
                Language = "de",
                Body = Body(random, i),
                Links = [new ArticleLink(1, $"https://example.com/{i}", new Uri($"https://example.com/{i}?a=1&b=2"), ["Quelle"])],
                Tags = [.. Enumerable.Range(0, 1 + random.Next(4)).Select(_ => tagNames[Skewed(random, tags)]).Distinct()],
                Related = [new RelatedArticle("Mehr: Anderes", "Mehr", "Anderes", Sentence(random, 10))],
                Source = new SourceFile($"articles/{id.Value}.md", i.ToString("x8", CultureInfo.InvariantCulture)),
            });
        }
        return Corpus.Create(site, list);
    }

    /// <summary>
    /// The sample generator's invented articles (<c>publisher sample</c>), written as Markdown and parsed, with their
    /// own dates and tags: closer to real input than <see cref="Create"/>, and slower to set up.
    /// </summary>
    public static Corpus FromSamples(int count, int seed = SampleCorpus.DefaultSeed)
    {
        var site = new Site
        {
            Title = "Stadtbote Benchmark",
            BaseUrl = new Uri("https://stadtbote.example/"),
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"),
        };
        var diagnostics = new DiagnosticBag();
        var parser = new MarkdownArticleParser();
        var articles = new Article?[count];
        Parallel.For(0, count, i =>
        {
            var sample = SampleArticleGenerator.Create(SampleCorpus.ArticleSeed(seed, i));
            var context = new ParseContext($"bench/{i:D5}.md", diagnostics, site.Language, site.TimeZone, site.BaseUrl);
            articles[i] = parser.Parse(Encoding.UTF8.GetBytes(MarkdownArticleWriter.Write(sample)), context);
        });
        return Corpus.Create(site, articles.OfType<Article>());
    }

    private static ImmutableArray<Block> Body(Random random, int index)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        blocks.Add(new Figure(new ImageCaption(Sentence(random, 12), "Foto Agentur")));
        for (var p = 0; p < 8; p++)
        {
            if (p is 3 or 6) blocks.Add(new Subhead(Sentence(random, 4)));
            blocks.Add(new Paragraph(
            [
                new TextRun(Sentence(random, 40) + " "),
                new Emphasis(EmphasisKind.Emphasis, [new TextRun(Sentence(random, 3))]),
                new TextRun(" " + Sentence(random, 30) + " "),
                new LinkInline([new TextRun("Quelle")], new Uri($"https://example.com/{index}?a=1&b=2"), 1),
                new TextRun("."),
            ]));
        }
        return blocks.ToImmutable();
    }

    /// <summary>A tag index where low numbers are much more common (a few big tags, a long tail).</summary>
    private static int Skewed(Random random, int count) => (int)(count * Math.Pow(random.NextDouble(), 2.5));

    private static string Sentence(Random random, int words)
    {
        var parts = new string[words];
        for (var w = 0; w < words; w++) parts[w] = Words[random.Next(Words.Length)];
        parts[0] = char.ToUpperInvariant(parts[0][0]) + parts[0][1..];
        return string.Join(' ', parts);
    }
}
