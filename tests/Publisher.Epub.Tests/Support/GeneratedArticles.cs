using System.Collections.Immutable;
using System.Globalization;
using Publisher.Core.Model;

namespace Publisher.Epub.Tests.Support;

/// <summary>Articles made up in memory from a seed: several weeks, tags, languages, links between articles.</summary>
internal static class GeneratedArticles
{
    public static readonly Site Site = new() { Title = "Generated Gazette", BaseUrl = new Uri("https://gazette.example/"), Language = "de" };

    private static readonly string[] TagNames = ["Verkehr", "Wohnen", "Klima", "Kultur", "Sport", "Wissenschaft", "Politik", "Wirtschaft", "Bildung", "Gesundheit", "Medien", "Umwelt"];
    private static readonly string[] Words = ["Stadt", "Senat", "Bezirk", "Plan", "Bahn", "Miete", "Hitze", "Theater", "Verein", "Studie", "Haushalt", "Schule", "Park", "Radweg", "Brücke", "Markt"];

    /// <param name="weeks">How many weeks the articles spread over.</param>
    public static IReadOnlyList<Article> Create(int count, int seed, int weeks)
    {
        var random = new Random(seed);
        var start = new DateOnly(2025, 1, 6);
        var articles = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var date = start.AddDays((int)((long)i * 7 * weeks / Math.Max(count, 1)) + random.Next(0, 3));
            var slug = Slug.From(string.Create(CultureInfo.InvariantCulture, $"artikel-{i:D5}"));
            var tags = Enumerable.Range(0, random.Next(0, 4)).Select(_ => TagNames[random.Next(TagNames.Length)]).Distinct().ToImmutableArray();
            var english = random.Next(6) == 0;
            var body = Enumerable.Range(0, 4 + random.Next(8)).Select(p => (Block)new Paragraph([
                new TextRun(Sentence(random, 30)),
                new Emphasis(EmphasisKind.Strong, [new TextRun(Words[random.Next(Words.Length)])]),
                new TextRun(" " + Sentence(random, 20)),
                .. (p == 1 && i > 0 ? new Inline[] { new TextRun(" Siehe "), new LinkInline([new TextRun("früher")], Site.Article(Slug.From($"artikel-{i - 1:D5}")), null) } : []),
                .. (p == 2 ? new Inline[] { new TextRun(" Quelle: "), new LinkInline([new TextRun("extern")], new Uri($"https://other.example/a?id={i}&x=1"), null) } : []),
            ])).ToList();
            body.Insert(2, new Subhead(Sentence(random, 4)));
            articles.Add(new Article
            {
                Id = new ArticleId(slug),
                Slug = slug,
                Title = $"Titel {i}",
                Kicker = random.Next(2) == 0 ? Words[random.Next(Words.Length)] : null,
                Headline = $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} Nummer {i}",
                Teaser = Sentence(random, 18),
                Authors = [$"Autorin {random.Next(20)}"],
                Published = new PublicationDate(date),
                Language = english ? "en" : "de",
                Body = [.. body],
                Tags = tags,
                Source = new SourceFile($"generated/{slug.Value}.md", i.ToString(CultureInfo.InvariantCulture)),
            });
        }
        return articles;
    }

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)].ToLowerInvariant())) + ".";
}
