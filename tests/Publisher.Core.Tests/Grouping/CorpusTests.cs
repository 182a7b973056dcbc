using System.Collections.Immutable;
using Publisher.Core.Grouping;
using Publisher.Core.Model;

namespace Publisher.Core.Tests.Grouping;

public class CorpusTests
{
    private static readonly Site Site = new() { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin") };

    private static Article Article(string id, string date, params string[] tags) => new()
    {
        Id = new ArticleId(Slug.From(id)),
        Slug = Slug.From(id),
        Title = id,
        Headline = id,
        Published = new PublicationDate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)),
        Language = "de",
        Tags = [.. tags],
        Source = new SourceFile(id + ".md", "hash"),
    };

    [Fact]
    public void Order_does_not_depend_on_input_order()
    {
        Article[] articles = [Article("b", "2026-11-10", "X"), Article("a", "2026-11-10", "Y"), Article("c", "2026-11-12")];
        var forward = Corpus.Create(Site, articles);
        var backward = Corpus.Create(Site, articles.Reverse());
        Assert.Equal(["c", "a", "b"], forward.Articles.Select(a => a.Id.ToString()));
        Assert.Equal(forward.Articles.Select(a => a.Id), backward.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Tag_slugs_are_unique_and_given_in_first_occurrence_order()
    {
        var corpus = Corpus.Create(Site, [Article("old", "2026-01-05", "Ost/West"), Article("new", "2026-02-05", "Ost-West", "ost west")]);
        Assert.Equal("ost-west", corpus.TagNamed("Ost/West").Slug.Value);
        Assert.Equal("ost-west-2", corpus.TagNamed("Ost-West").Slug.Value);
        Assert.Equal("ost-west-3", corpus.TagNamed("ost west").Slug.Value);
        Assert.Equal(corpus.Tags.Length, corpus.Tags.Select(t => t.Slug).Distinct().Count());
    }

    [Fact]
    public void Weeks_hold_their_articles_oldest_first_with_sections_by_first_tag()
    {
        var corpus = Corpus.Create(Site,
        [
            Article("mon", "2026-11-09", "Verkehr", "Klima"),
            Article("wed", "2026-11-11", "Klima"),
            Article("sun", "2026-11-15"),
            Article("next", "2026-11-16", "Klima"),
            Article("newyear", "2027-01-01", "Klima"),
        ]);
        Assert.Equal(["2026-W46", "2026-W47", "2026-W53"], corpus.Weeks.Select(w => w.Week.ToString()));
        var week = corpus.Weeks[0];
        Assert.Equal(["mon", "wed", "sun"], week.Articles.Select(a => a.Id.ToString()));
        Assert.Collection(week.Sections,
            s => { Assert.Equal("Klima", s.Tag!.Name); Assert.Equal(["wed"], s.Articles.Select(a => a.Id.ToString())); },
            s => { Assert.Equal("Verkehr", s.Tag!.Name); Assert.Equal(["mon"], s.Articles.Select(a => a.Id.ToString())); },
            s => { Assert.Null(s.Tag); Assert.Equal(["sun"], s.Articles.Select(a => a.Id.ToString())); });
    }

    [Fact]
    public void Tag_groups_hold_every_article_with_the_tag_newest_first()
    {
        var corpus = Corpus.Create(Site, [Article("a", "2026-11-09", "Klima"), Article("b", "2026-11-20", "Verkehr", "Klima"), Article("c", "2026-11-17", "Klima")]);
        var klima = corpus.TagGroups.Single(g => g.Tag.Name == "Klima");
        Assert.Equal(["b", "c", "a"], klima.Articles.Select(a => a.Id.ToString()));
        Assert.Equal([("2026-W47", "b c"), ("2026-W46", "a")],
            klima.ByWeekNewestFirst().Select(w => (w.Week.ToString(), string.Join(" ", w.Articles.Select(a => a.Id.ToString())))));
    }
}
