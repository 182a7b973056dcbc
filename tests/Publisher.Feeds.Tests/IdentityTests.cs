using System.Xml.Linq;

namespace Publisher.Feeds.Tests;

/// <summary>Ids derive from identity (host, year, article id): stable across builds, reordering, edits of the text and of the date within its year.</summary>
public class IdentityTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static string[] Articles(string secondBody) =>
    [
        TestCorpus.Article("first", "2026-11-02", "First", ["Kultur"], "Original body."),
        TestCorpus.Article("second", "2026-11-05T10:00:00+01:00", "Second", ["Kultur", "Sport"], secondBody),
        TestCorpus.Article("third", "2026-11-12", "Third", ["Sport"], "Third body."),
    ];

    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        var first = FeedOutput.Build(TestCorpus.FromMarkdown(Articles("Body.")));
        var second = FeedOutput.Build(TestCorpus.FromMarkdown(Articles("Body.")));
        Assert.Equal(first.Files.Keys.Order(), second.Files.Keys.Order());
        Assert.All(first.Files, file => Assert.Equal(file.Value, second.Files[file.Key]));
    }

    [Fact]
    public void File_order_does_not_change_the_output()
    {
        var forward = FeedOutput.Build(TestCorpus.FromMarkdown(Articles("Body.")));
        var backward = FeedOutput.Build(TestCorpus.FromMarkdown([.. Articles("Body.").Reverse()]));
        Assert.All(forward.Files, file => Assert.Equal(file.Value, backward.Files[file.Key]));
    }

    [Fact]
    public void Editing_a_body_keeps_every_id_and_changes_only_that_entrys_content()
    {
        var before = FeedOutput.Build(TestCorpus.FromMarkdown(Articles("Body.")));
        var after = FeedOutput.Build(TestCorpus.FromMarkdown(Articles("A rewritten body, *longer* than before.")));
        foreach (var path in before.Paths(".xml"))
        {
            var old = Entries(before, path);
            var edited = Entries(after, path);
            Assert.Equal(old.Keys, edited.Keys);
            foreach (var (id, content) in old)
            {
                if (id.EndsWith(":second")) Assert.NotEqual(content, edited[id]);
                else Assert.Equal(content, edited[id]);
            }
        }
        Assert.NotEqual(before.Files["feeds/tags/kultur.atom.xml"], after.Files["feeds/tags/kultur.atom.xml"]);
        Assert.NotEqual(before.Files["feeds/archive/2026-W45.atom.xml"], after.Files["feeds/archive/2026-W45.atom.xml"]);
        // Only the files that carry the article change: the tag Kultur (first and second) and Sport (second and third).
        Assert.Equal(before.Files["feeds/feeds.opml"], after.Files["feeds/feeds.opml"]);
    }

    [Fact]
    public void Entry_ids_are_tag_uris_from_host_year_and_article_id()
    {
        var output = FeedOutput.Build(TestCorpus.FromMarkdown(Articles("Body.")));
        var ids = Entries(output, "feeds/atom.xml").Keys.ToList();
        Assert.Equal(["tag:example.org,2026:third", "tag:example.org,2026:second", "tag:example.org,2026:first"], ids);
    }

    [Fact]
    public void Correcting_an_articles_date_within_its_year_keeps_its_id_in_every_format()
    {
        static FeedOutput Build(string date) => FeedOutput.Build(TestCorpus.FromMarkdown(TestCorpus.Article("fixed", date, "Fixed")));
        var before = Build("2026-11-12");
        var after = Build("2026-10-13T08:00:00+02:00");
        Assert.Equal(Entries(before, "feeds/atom.xml").Keys, Entries(after, "feeds/atom.xml").Keys);
        Assert.Equal(XDocument.Parse(before.Text("feeds/rss.xml")).Descendants("guid").Single().Value, XDocument.Parse(after.Text("feeds/rss.xml")).Descendants("guid").Single().Value);
        Assert.Contains("\"id\": \"tag:example.org,2026:fixed\"", after.Text("feeds/feed.json"));
    }

    [Fact]
    public void A_site_below_a_path_keeps_the_path_in_its_ids()
    {
        var site = TestCorpus.Site with { BaseUrl = new Uri("https://Example.org:8443/blog/") };
        var corpus = TestCorpus.FromFiles(site, [("a.md", TestCorpus.Article("one", "2026-11-02", "One"))]);
        Assert.Equal("tag:example.org,2026:blog/one", FeedIds.Entry(site, corpus.Articles[0]));
    }

    [Fact]
    public void Feed_updated_is_the_newest_entrys_date_not_the_build_time()
    {
        var output = FeedOutput.Build(TestCorpus.FromMarkdown(Articles("Body.")));
        Assert.Equal("2026-11-12T00:00:00+01:00", XDocument.Parse(output.Text("feeds/atom.xml")).Root!.Element(Atom + "updated")!.Value);
        Assert.Equal("2026-11-05T10:00:00+01:00", XDocument.Parse(output.Text("feeds/archive/2026-W45.atom.xml")).Root!.Element(Atom + "updated")!.Value);
        Assert.Contains("<lastBuildDate>Thu, 12 Nov 2026 00:00:00 +0100</lastBuildDate>", output.Text("feeds/rss.xml"));
    }

    private static Dictionary<string, string> Entries(FeedOutput output, string path)
    {
        var document = XDocument.Parse(output.Text(path));
        var entries = document.Descendants(Atom + "entry").Select(e => (Id: e.Element(Atom + "id")!.Value, Content: e.Element(Atom + "content")!.Value))
            .Concat(document.Descendants("item").Select(e => (Id: e.Element("guid")!.Value, Content: e.Element(XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/"))!.Value)));
        return entries.ToDictionary(e => e.Id, e => e.Content);
    }
}
