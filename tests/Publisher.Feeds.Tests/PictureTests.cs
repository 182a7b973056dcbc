using System.Collections.Immutable;
using System.Text.Json;
using Publisher.Core.Grouping;
using Publisher.Core.Model;

namespace Publisher.Feeds.Tests;

/// <summary>
/// Pictures in feed entries: a content file's picture is published beside the feeds under its hash and linked
/// absolutely, a remote one is linked as written (in ASCII), one whose file the build could not use keeps its text.
/// </summary>
public class PictureTests
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    private static readonly PictureFile House = new("posts/pics/haus.png", "00112233445566aa.png", "image/png", 640, 480, Png);

    /// <summary>One article whose body shows a found, a remote and a missing picture, and the picture files the build read.</summary>
    private static Corpus Corpus(params Block[] pictures)
    {
        var parsed = TestCorpus.FromMarkdown(TestCorpus.Article("haus", "2026-11-10", "Das Haus", ["Bauen"]));
        var article = parsed.Articles[0] with { Body = [new Paragraph([new TextRun("Vorher.")]), .. pictures] };
        return Core.Grouping.Corpus.Create(parsed.Site, [article], new PictureFiles([House]));
    }

    private static Picture Found => new("posts/pics/haus.png", "Ein Haus mit \"Dach\" & <Tür>") { Caption = [new TextRun("Das Haus, 1920")] };

    [Fact]
    public void A_pictures_file_is_published_beside_the_feeds_and_linked_absolutely()
    {
        var output = FeedOutput.Build(Corpus(Found));

        Assert.Equal(Png, output.Files["feeds/pictures/00112233445566aa.png"]);
        var results = FeedParserCheck.Run(new[] { "feeds/atom.xml", "feeds/rss.xml", "feeds/feed.json" }.Select(output.FullPath));
        foreach (var (path, result) in results)
        {
            Assert.True(result.Bozo == 0, $"{path}: {result.Error}");
            var content = Assert.Single(result.Entries).Content!;
            Assert.Contains("src=\"https://example.org/feeds/pictures/00112233445566aa.png\"", content);
            Assert.Contains("alt=\"Ein Haus mit &quot;Dach&quot; &amp; &lt;Tür&gt;\"", content);
            Assert.Contains("Das Haus, 1920", content);
        }
    }

    [Fact]
    public void A_json_feed_item_names_its_first_picture_as_its_image()
    {
        var output = FeedOutput.Build(Corpus(new Picture("posts/pics/fehlt.png", "Fehlt"), Found, new Picture("https://example.net/b.png", "B")));

        using var json = JsonDocument.Parse(output.Files["feeds/feed.json"]);
        var item = json.RootElement.GetProperty("items")[0];
        Assert.Equal("https://example.org/feeds/pictures/00112233445566aa.png", item.GetProperty("image").GetString());
    }

    [Fact]
    public void An_entry_without_pictures_names_no_image_and_no_picture_is_published()
    {
        var output = FeedOutput.Build(Corpus(new Picture("posts/pics/fehlt.png", "Fehlt")));

        using var json = JsonDocument.Parse(output.Files["feeds/feed.json"]);
        Assert.False(json.RootElement.GetProperty("items")[0].TryGetProperty("image", out _));
        Assert.DoesNotContain(output.Files.Keys, path => path.StartsWith("feeds/pictures/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_remote_picture_is_linked_in_ascii()
    {
        var output = FeedOutput.Build(Corpus(new Picture("https://bücher.example/bild eins.png", "Remote")));

        var content = Assert.Single(FeedParserCheck.Run([output.FullPath("feeds/atom.xml")])).Value.Entries.Single().Content!;
        Assert.Contains("src=\"https://xn--bcher-kva.example/bild%20eins.png\"", content);
        Assert.DoesNotContain("bücher", output.Text("feeds/atom.xml"));
    }

    [Fact]
    public void A_picture_whose_file_the_build_could_not_use_keeps_its_alt_text_and_caption()
    {
        var output = FeedOutput.Build(Corpus(new Picture("posts/pics/fehlt.png", "Ein fehlendes Bild") { Caption = [new TextRun("Unterschrift")] }));

        var content = Assert.Single(FeedParserCheck.Run([output.FullPath("feeds/atom.xml")])).Value.Entries.Single().Content!;
        Assert.DoesNotContain("<img", content);
        Assert.Contains("Ein fehlendes Bild", content);
        Assert.Contains("Unterschrift", content);
    }

    [Fact]
    public void Every_feed_holding_the_entry_lists_the_picture_so_a_changed_picture_rewrites_it()
    {
        var corpus = Corpus(Found);
        var jobs = new FeedsFormat(new Templating.TemplateRenderer(new Templating.TemplateSet(TestCorpus.TemplatesDirectory, null)))
            .Plan(corpus, new Core.Diagnostics.DiagnosticBag());

        Assert.All(jobs.Where(j => j.Articles.Count > 0 && j.Path.Value != "feeds/feeds.opml"),
            job => Assert.Equal([House], job.Pictures));
        Assert.Equal([House], jobs.Single(j => j.Path.Value == "feeds/pictures/00112233445566aa.png").Pictures);
    }
}
