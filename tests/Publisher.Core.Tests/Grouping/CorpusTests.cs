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
    public void Tag_slugs_are_unique_and_spellings_of_one_slug_are_one_tag()
    {
        var corpus = Corpus.Create(Site, [Article("old", "2026-01-05", "Ost/West"), Article("new", "2026-02-05", "Ost-West", "ost west", "Westen")]);
        Assert.Equal(["Ost/West", "Westen"], corpus.Tags.Select(t => t.Name)); // a tie: the first spelling used
        Assert.Same(corpus.TagNamed("Ost/West"), corpus.TagNamed("ost west"));
        Assert.Equal("ost-west", corpus.TagNamed("Ost-West").Slug.Value);
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
    public void Sections_and_tags_are_in_dictionary_order_umlauts_among_their_letters()
    {
        var corpus = Corpus.Create(Site, [Article("a", "2026-11-09", "Zeta"), Article("b", "2026-11-10", "Ärger"), Article("c", "2026-11-11", "alpha"), Article("d", "2026-11-12", "Beta")]);
        Assert.Equal(["alpha", "Ärger", "Beta", "Zeta"], corpus.Weeks[0].Sections.Select(s => s.Tag!.Name));
        Assert.Equal(["alpha", "Ärger", "Beta", "Zeta"], corpus.Tags.Select(t => t.Name));
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

    [Fact]
    public void Names_with_one_slug_are_one_tag_called_as_most_articles_spell_it()
    {
        Article[] articles =
        [
            Article("a", "2026-11-02", "Berlin"), Article("b", "2026-11-03", "berlin", "Ost/West"), Article("c", "2026-11-04", "Berlin", "ost-west"),
            Article("d", "2026-11-05", "BERLIN", "berlin"),
        ];
        var corpus = Corpus.Create(Site, articles);
        Assert.Equal(["Berlin", "Ost/West"], corpus.Tags.Select(t => t.Name)); // "Ost/West" was first on a tie
        Assert.Equal(["berlin", "ost-west"], corpus.Tags.Select(t => t.Slug.Value));
        Assert.Equal(["d", "c", "b", "a"], corpus.TagGroups[0].Articles.Select(a => a.Id.ToString())); // d once, though it names the tag twice
        Assert.Equal([corpus.Tags[0]], corpus.TagsOf(articles[3]).ToArray());
        Assert.Equal([("BERLIN", "d"), ("berlin", "b"), ("ost-west", "c")],
            corpus.OtherSpellings.Select(s => (s.Name, s.FirstArticle.Id.ToString())).OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void A_new_spelling_never_moves_a_tag_to_another_address()
    {
        var before = Corpus.Create(Site, [Article("z", "2026-11-10", "Berlin")]);
        var after = Corpus.Create(Site, [Article("z", "2026-11-10", "Berlin"), Article("a", "2026-11-01", "berlin")]);
        Assert.Equal(before.Tags.Single().Slug, after.Tags.Single().Slug);
        Assert.Equal(["z", "a"], after.TagGroups.Single().Articles.Select(a => a.Id.ToString()));
    }

    [Fact]
    public void C_cpp_and_c_sharp_are_three_tags_and_a_hashtag_is_its_word()
    {
        var corpus = Corpus.Create(Site,
        [
            Article("a", "2026-11-02", "C", "#MeToo"), Article("b", "2026-11-03", "C++", "MeToo"), Article("c", "2026-11-04", "C#", "MeToo"),
            Article("d", "2026-11-05", "c", "C++/CLI"),
        ]);
        Assert.Equal([("C", "c"), ("C#", "c-sharp"), ("C++", "c-plus-plus"), ("C++/CLI", "c-plus-plus-cli"), ("MeToo", "metoo")],
            corpus.Tags.Select(t => (t.Name, t.Slug.Value)));
        Assert.Equal(["d", "a"], corpus.TagGroups.Single(g => g.Tag.Name == "C").Articles.Select(a => a.Id.ToString()));
        Assert.Equal(["b"], corpus.TagGroups.Single(g => g.Tag.Name == "C++").Articles.Select(a => a.Id.ToString()));
        Assert.Equal(["c"], corpus.TagGroups.Single(g => g.Tag.Name == "C#").Articles.Select(a => a.Id.ToString()));
        Assert.Same(corpus.TagNamed("#MeToo"), corpus.TagNamed("MeToo"));
        Assert.Equal([("#MeToo", "metoo"), ("c", "c")], corpus.OtherSpellings.Select(s => (s.Name, s.Tag.Slug.Value)).Order());
    }
}
