using System.Globalization;
using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;

namespace Publisher.Pdf.Tests;

/// <summary>
/// A week of invented Markdown articles (our own text): several tags per article, subheads, lists,
/// quotes, links, German and English, umlauts and typographic quotes.
/// </summary>
public static class WeekCorpus
{
    private static readonly string[] Tags = ["Verkehr", "Wohnen", "Klima", "Kultur", "Sport", "Berlin"];

    private static readonly string[] GermanWords =
    [
        "Senat", "Bezirk", "Anwohnerinnen", "Radverkehr", "Haushaltsplan", "Bürgerversammlung", "Straßenbahn", "Mietpreisbremse",
        "Wärmeplanung", "Theaterhaus", "Vereinsheim", "Sanierungsarbeiten", "wollen", "fordern", "prüfen", "verschieben",
        "schnell", "größer", "über", "gegen", "nächste", "Woche", "Stadtteil", "Begegnung", "Verwaltung", "Förderung",
    ];

    private static readonly string[] EnglishWords =
    [
        "council", "district", "residents", "cycling", "budget", "meeting", "tramline", "rent", "heating", "theatre",
        "club", "renovation", "want", "demand", "review", "postpone", "quickly", "larger", "across", "against", "next", "week",
    ];

    public static Site Site(PageSize size = PageSize.A4) => new()
    {
        Title = "Stadtbote Test", BaseUrl = new Uri("https://stadtbote.example/"), Language = "de",
        Author = new SiteAuthor("Redaktion Test", null), PageSize = size, Description = "Invented articles for tests.",
    };

    public static Corpus Create(int count, PageSize size = PageSize.A4, int seed = 1, int paragraphs = 8)
    {
        var site = Site(size);
        var diagnostics = new DiagnosticBag();
        var articles = new List<Article>();
        for (var i = 0; i < count; i++) articles.Add(Article($"a{i:D3}.md", Markdown(i, seed, paragraphs), site, diagnostics));
        return Corpus.Create(site, articles);
    }

    /// <summary>One Markdown article of <paramref name="site"/>, read as the build reads <paramref name="name"/>; what it reports goes to <paramref name="diagnostics"/>.</summary>
    public static Article Article(string name, string text, Site site, DiagnosticBag diagnostics) =>
        new MarkdownArticleParser().Parse(Encoding.UTF8.GetBytes(text), new ParseContext(name, diagnostics, "de", TimeZoneInfo.Utc, site.BaseUrl))
        ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));

    /// <summary>
    /// A week of <paramref name="count"/> articles with some edited: each change is applied to the article printed in the
    /// section it names (the article's first tag; with up to six articles each prints in its own section: Verkehr, Wohnen,
    /// Klima, Kultur, Sport, Berlin; article 4, under Kultur, is English).
    /// </summary>
    public static Corpus Edited(int count, IReadOnlyDictionary<string, Func<Article, Article>> changes)
    {
        var week = Create(count);
        var articles = week.Articles.Select(a => changes.TryGetValue(a.Tags[0], out var change) ? change(a) : a).ToList();
        if (week.Articles.Count(a => changes.ContainsKey(a.Tags[0])) != changes.Count)
            throw new ArgumentException("every change must name the section of exactly one article", nameof(changes));
        return Corpus.Create(week.Site, articles);
    }

    private static string Markdown(int index, int seed, int paragraphs)
    {
        var random = new Random(seed * 7919 + index);
        var english = index % 4 == 3;
        var words = english ? EnglishWords : GermanWords;
        string Sentence(int n) => Capitalize(string.Join(' ', Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)]))) + ".";
        var tagCount = 1 + index % 3;
        var tags = Enumerable.Range(0, tagCount).Select(k => Tags[(index + k * 2) % Tags.Length]).Distinct().ToList();
        var day = new DateOnly(2026, 11, 9).AddDays(index % 7);
        var body = new StringBuilder();
        for (var p = 0; p < paragraphs; p++)
        {
            if (p == paragraphs / 2) body.Append(english ? "## What happens next\n\n" : "## Wie es weitergeht\n\n");
            body.Append(string.Join(' ', Enumerable.Range(0, random.Next(3, 7)).Select(_ => Sentence(random.Next(6, 16)))));
            if (p == 1) body.Append($" Mehr dazu im [Bericht der Verwaltung](https://example.org/bericht/{index}).");
            body.Append("\n\n");
            if (p == 2) body.Append("> „Wir müssen jetzt handeln“, sagt eine Sprecherin – und verweist auf frühere Beschlüsse …\n\n");
            if (p == 3) body.Append("- erster Punkt der Liste\n- zweiter Punkt mit Umlauten: ä ö ü ß\n\n");
        }
        return string.Create(CultureInfo.InvariantCulture, $"""
            ---
            title: "Artikel {index + 1}: {(english ? "Council plans" : "Senat plant")} {Capitalize(words[index % words.Length])}"
            kicker: {(english ? "Report" : "Bericht")} {index + 1}
            date: {day:yyyy-MM-dd}
            tags:
            {string.Join("\n", tags.Select(t => "  - " + t))}
            authors:
              - Erika Muster
            summary: "{Sentence(12)}"
            language: {(english ? "en" : "de")}
            id: test-article-{index + 1:D3}
            ---

            {body}
            """);
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
