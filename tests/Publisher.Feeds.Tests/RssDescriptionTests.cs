using System.Xml.Linq;

namespace Publisher.Feeds.Tests;

/// <summary>An entry's summary (RSS description) is short: the teaser, or the article's beginning; the whole article is its content.</summary>
public class RssDescriptionTests
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    private static XElement Item(string id, FeedOutput output) =>
        XDocument.Parse(output.Text("feeds/rss.xml")).Descendants("item").Single(i => i.Element("guid")!.Value.EndsWith(":" + id, StringComparison.Ordinal));

    private static string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => $"Wort{i}"));

    [Fact]
    public void Without_a_teaser_the_description_is_the_first_paragraph_as_text()
    {
        var output = FeedOutput.Build(TestCorpus.FromMarkdown(
            TestCorpus.Article("kurz", "2026-11-02", "Kurz", body: "## Vorweg\n\nErster *Absatz* mit [Link](https://ex.example/) & <b>Markup</b>.\n\nZweiter Absatz.")));
        var item = Item("kurz", output);
        // HTML-escaped text, as RSS's description is HTML: the reader shows 'Erster Absatz mit Link & Markup.'
        Assert.Equal("Erster Absatz mit Link &amp; Markup.", item.Element("description")!.Value);
        Assert.Contains("Zweiter Absatz.", item.Element(Content + "encoded")!.Value);
    }

    [Fact]
    public void Without_a_teaser_atom_and_json_feed_summarise_with_the_first_paragraph_too()
    {
        var output = FeedOutput.Build(TestCorpus.FromMarkdown(
            TestCorpus.Article("kurz", "2026-11-02", "Kurz", body: "## Vorweg\n\nErster *Absatz* & mehr.\n\nZweiter Absatz."),
            TestCorpus.Article("mit", "2026-11-03", "Mit", body: "Text.", teaser: "Der Vorspann.")));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var summaries = XDocument.Parse(output.Text("feeds/atom.xml")).Descendants(atom + "entry")
            .Select(e => e.Element(atom + "summary")?.Value).ToList(); // newest first
        Assert.Equal(["Der Vorspann.", "Erster Absatz & mehr."], summaries);
        var items = System.Text.Json.JsonDocument.Parse(output.Text("feeds/feed.json")).RootElement.GetProperty("items");
        Assert.Equal(["Der Vorspann.", "Erster Absatz & mehr."], items.EnumerateArray().Select(i => i.GetProperty("summary").GetString()));
    }

    [Fact]
    public void A_long_first_paragraph_is_cut_at_a_word_with_an_ellipsis()
    {
        var paragraph = Words(100); // "Wort0 Wort1 …": 690 characters
        var output = FeedOutput.Build(TestCorpus.FromMarkdown(TestCorpus.Article("lang", "2026-11-02", "Lang", body: paragraph)));
        var description = Item("lang", output).Element("description")!.Value;
        Assert.EndsWith("…", description);
        var kept = description[..^1];
        Assert.InRange(kept.Length, FeedExcerpt.MaxLength - 10, FeedExcerpt.MaxLength);
        Assert.StartsWith(kept + " ", paragraph); // whole words only
        Assert.Contains(paragraph, Item("lang", output).Element(Content + "encoded")!.Value);
    }

    [Theory]
    [InlineData(300, false)]
    [InlineData(301, true)]
    public void Only_a_paragraph_longer_than_the_limit_is_cut(int length, bool cut)
    {
        var text = new string('x', length - 4) + " end";
        Assert.Equal(cut ? new string('x', length - 4) + "…" : text, FeedExcerpt.Shorten(text));
    }

    [Fact]
    public void A_word_longer_than_the_limit_is_cut_at_the_limit_never_inside_a_character()
    {
        var text = new string('x', FeedExcerpt.MaxLength - 1) + "😀" + "yyy";
        var shortened = FeedExcerpt.Shorten(text);
        Assert.Equal(new string('x', FeedExcerpt.MaxLength - 1) + "…", shortened);
    }

    [Fact]
    public void With_a_teaser_the_description_is_the_teaser_and_without_text_there_is_none()
    {
        var output = FeedOutput.Build(TestCorpus.FromMarkdown(
            TestCorpus.Article("mit", "2026-11-02", "Mit", body: "Text des Artikels.", teaser: "Der Vorspann"),
            TestCorpus.Article("leer", "2026-11-03", "Leer", body: "## Nur eine Überschrift")));
        Assert.Equal("Der Vorspann", Item("mit", output).Element("description")!.Value);
        Assert.Null(Item("leer", output).Element("description"));
        var results = FeedParserCheck.Run([output.FullPath("feeds/rss.xml")]);
        Assert.All(results, r => Assert.True(r.Value.Bozo == 0, r.Value.Error));
    }
}
