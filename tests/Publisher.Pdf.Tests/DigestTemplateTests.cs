using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Pdf.Digest;
using Publisher.Templating;

namespace Publisher.Pdf.Tests;

/// <summary>What the shipped digest template writes for an article, checked in its XHTML (no typesetting).</summary>
public sealed class DigestTemplateTests
{
    private static readonly DigestRenderer Renderer = new(new TemplateRenderer(new TemplateSet(TemplateSet.ShippedDirectory)));

    [Fact]
    public void A_kicker_that_repeats_the_section_name_is_left_out_and_others_are_kept()
    {
        var markup = Markup(new()
        {
            ["Verkehr"] = a => a with { Kicker = "  VERKEHR " },
            ["Wohnen"] = a => a with { Kicker = "Wohnen und Bauen" },
            ["Klima"] = a => a with { Kicker = null },
        });
        Assert.DoesNotContain(">  VERKEHR </p>", markup);
        Assert.DoesNotContain("class=\"kicker\">Verkehr", markup, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<p class=\"kicker\">Wohnen und Bauen</p>", markup);
        Assert.Equal(1, Count(markup, "<p class=\"kicker\">"));
    }

    /// <summary>
    /// The digest markup of WeekCorpus's three-article week (printed under "Verkehr", "Wohnen" and "Klima") after
    /// <paramref name="changes"/> edited the articles, each found by the section it is printed in (its first tag).
    /// </summary>
    private static string Markup(Dictionary<string, Func<Article, Article>> changes)
    {
        var week = WeekCorpus.Create(3);
        var articles = week.Articles.Select(a => changes.TryGetValue(a.Tags[0], out var change) ? change(a) : a).ToList();
        Assert.Equal(changes.Count, week.Articles.Count(a => changes.ContainsKey(a.Tags[0])));
        var corpus = Corpus.Create(week.Site, articles);
        return Renderer.RenderMarkup(DigestViewBuilder.Build(corpus, corpus.Weeks.Single()));
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
