using Publisher.Build.Incremental;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Output;
using Publisher.Core.Parsing;
using Publisher.Templating;
using Publisher.Build.Pipeline;
using Publisher.Build.PictureReading;
using SkiaSharp;

namespace Publisher.Build.Tests.PictureReading;

/// <summary>A build of a Markdown folder with a picture: the picture is read, published, and rewritten outputs follow its bytes.</summary>
public sealed class PictureBuildTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("publisher-picture-build").FullName;

    private string Content => Path.Combine(_root, "content");

    private string Output => Path.Combine(_root, "out");

    public PictureBuildTests()
    {
        Directory.CreateDirectory(Path.Combine(Content, "posts", "img"));
        File.WriteAllText(Path.Combine(Content, "site.yml"), "title: Bilder\nbase_url: https://bilder.example\nlanguage: de\ntime_zone: Europe/Berlin\n");
        File.WriteAllText(Path.Combine(Content, "posts", "karte.md"),
            "---\ntitle: Die Karte\ndate: 2026-11-10\nid: karte\n---\nVorher.\n\n![Karte von Berlin](img/map.png \"Berlin, 2026\")\n\nNachher.\n");
        File.WriteAllBytes(Path.Combine(Content, "posts", "img", "map.png"), TestPictures.Encoded(12, 8, SKEncodedImageFormat.Png));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private BuildSummary Build() => new BuildPipeline(SilentReporter.Instance).Run(new BuildOptions(Content, Output, new HashSet<string> { "feeds" }, null));

    private string[] PublishedPictures() => Directory.Exists(Path.Combine(Output, "feeds", "pictures"))
        ? [.. Directory.EnumerateFiles(Path.Combine(Output, "feeds", "pictures")).Select(Path.GetFileName).Order()!]
        : [];

    [Fact]
    public void The_picture_is_read_once_published_and_not_taken_for_an_article()
    {
        var summary = Build();
        Assert.Empty(summary.Diagnostics); // the picture file is no article and no unknown file
        Assert.Equal(1, summary.Articles);
        var published = Assert.Single(PublishedPictures());
        var bytes = File.ReadAllBytes(Path.Combine(Content, "posts", "img", "map.png"));
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(Output, "feeds", "pictures", published)));
        Assert.Contains("feeds/pictures/" + published, File.ReadAllText(Path.Combine(Output, "feeds", "atom.xml")));
        // Kept as it was: recorded for the next build, which need not decode it again.
        var record = File.ReadAllLines(Path.Combine(Output, KnownPictures.RelativePath));
        Assert.StartsWith("publisher pictures 2 ", record[0]); // and the code that made it
        Assert.Equal([$"kept {published} 12 8"], record[1..]);
    }

    /// <summary>The steps the pipeline takes, one by one: content, pictures, corpus, the feeds' plan and a job's fingerprint.</summary>
    private (Corpus Corpus, OutputJob Atom, string Fingerprint) Plan()
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteConfigReader.Read(Content, diagnostics);
        var articles = new ContentLoader(ArticleParsers.All).Load(Content, site, diagnostics);
        var corpus = Corpus.Create(site, articles, PictureReader.Read(Content, articles, diagnostics, KnownPictures.None).Files);
        var templates = new TemplateSet(TemplateSet.ShippedDirectory);
        var feeds = FormatCatalog.All(new TemplateRenderer(templates)).Single(f => f.Name == "feeds");
        var atom = feeds.Plan(corpus, diagnostics).Single(j => j.Path.Value == "feeds/atom.xml");
        Assert.Empty(diagnostics.Sorted());
        return (corpus, atom, new Fingerprint(SiteFingerprint.Of(site), corpus, templates).Of(atom, "code"));
    }

    [Fact]
    public void The_corpus_holds_the_picture_the_feed_job_lists_it_and_its_bytes_are_in_the_fingerprint()
    {
        var (corpus, atom, fingerprint) = Plan();
        Assert.Equal(1, corpus.Pictures.Count);
        var picture = Assert.Single(atom.Pictures);
        Assert.Equal(("posts/img/map.png", 12, 8), (picture.ContentPath, picture.Width, picture.Height));
        Assert.Equal(fingerprint, Plan().Fingerprint);

        // Other bytes of the same size and pixels (a byte after the PNG's end, which readers ignore): another picture file.
        File.WriteAllBytes(Path.Combine(Content, "posts", "img", "map.png"), [.. TestPictures.Encoded(12, 8, SKEncodedImageFormat.Png), 0]);
        Assert.NotEqual(fingerprint, Plan().Fingerprint);
    }

    [Fact]
    public void A_picture_changed_in_place_rewrites_the_feeds_that_show_it_and_nothing_else_changes()
    {
        Build();
        var before = Manifest.Load(Output).Entries;
        var oldName = Assert.Single(PublishedPictures());
        Assert.Equal(0, Build().FilesWritten);

        File.WriteAllBytes(Path.Combine(Content, "posts", "img", "map.png"), TestPictures.Encoded(16, 8, SKEncodedImageFormat.Png));
        var summary = Build();
        var after = Manifest.Load(Output).Entries;
        var newName = Assert.Single(PublishedPictures());
        Assert.NotEqual(oldName, newName);
        Assert.NotEqual(before["feeds/atom.xml"], after["feeds/atom.xml"]);
        Assert.Contains("feeds/pictures/" + newName, File.ReadAllText(Path.Combine(Output, "feeds", "atom.xml")));
        Assert.DoesNotContain(oldName, File.ReadAllText(Path.Combine(Output, "feeds", "atom.xml")));
        Assert.True(summary.FilesWritten > 0);
        Assert.Equal(0, Build().FilesWritten);
    }

    [Fact]
    public void A_missing_picture_is_a_warning_on_the_article_line_and_the_build_goes_on()
    {
        File.Delete(Path.Combine(Content, "posts", "img", "map.png"));
        var summary = Build();
        var warning = Assert.Single(summary.Diagnostics);
        Assert.Equal("posts/karte.md:8: warning: picture 'posts/img/map.png': there is no such file; its alt text is shown", warning.ToString());
        Assert.Empty(PublishedPictures());
        Assert.Contains("Karte von Berlin", File.ReadAllText(Path.Combine(Output, "feeds", "atom.xml")));
    }
}
