using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Pdf.Digest;
using Publisher.Templating;

namespace Publisher.Pdf.Tests;

/// <summary>
/// Pictures in the digest: a content file's picture (a PNG with alpha, a JPEG) is embedded at its pixel size with its
/// caption, a missing or remote one is set as its alt text, the digest's job lists the pictures it embeds, and two
/// builds are byte-identical.
/// </summary>
public sealed class DigestPictureTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("digest-pictures-");

    public void Dispose() => _folder.Delete(true);

    private static readonly PictureFile Chart = new("posts/bilder/karte.png", "a1b2c3d4e5f60718.png", "image/png", 160, 120,
        TestImages.Png(160, 120, alpha: true));

    private static readonly PictureFile Photo = new("posts/bilder/platz.jpg", "0f1e2d3c4b5a6978.jpg", "image/jpeg", 240, 180, TestImages.Jpeg(240, 180));

    /// <summary>A week of two articles; the first shows the chart, the photo, a missing and a remote picture.</summary>
    private static Corpus Week(params PictureFile[] files)
    {
        var week = WeekCorpus.Create(2, paragraphs: 3);
        var first = week.Articles[0];
        first = first with
        {
            Body =
            [
                .. first.Body,
                new Picture("posts/bilder/karte.png", "Eine Karte der Bezirke") { Caption = [new TextRun("Die Bezirke im Überblick")] },
                new Picture("posts/bilder/platz.jpg", "Der Marktplatz am Morgen") { Caption = [new TextRun("Der Marktplatz, Mai 2026")] },
                new Picture("posts/bilder/fehlt.png", "Ein Bild, dessen Datei fehlt"),
                new Picture("https://example.net/fern.jpg", "Ein Bild aus dem Netz"),
            ],
        };
        return Corpus.Create(week.Site, [first, .. week.Articles.Skip(1)], new PictureFiles(files));
    }

    private static readonly DigestRenderer Renderer = new(new TemplateRenderer(new TemplateSet(TemplateSet.ShippedDirectory)));

    private string Render(Corpus corpus, string name, DiagnosticBag? diagnostics = null)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, Renderer.Render(corpus, corpus.Weeks.Single(), diagnostics ?? new DiagnosticBag()).Pdf);
        return path;
    }

    [Fact]
    public void A_png_with_alpha_and_a_jpeg_are_embedded_at_their_pixel_sizes_and_pass_qpdf()
    {
        var diagnostics = new DiagnosticBag();
        var pdf = Render(Week(Chart, Photo), "digest.pdf", diagnostics);
        Assert.Empty(diagnostics.Sorted());

        var (code, output) = Tool.Run("qpdf", "--check", pdf);
        Assert.True(code == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output);
        var (rawCode, rawOutput) = Tool.Run("qpdf", "--stream-data=uncompress", pdf, pdf + ".raw.pdf");
        Assert.True(rawCode == 0, rawOutput);

        var images = Tool.Run("pdfimages", "-list", pdf).Output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(c => string.Join(' ', c[2], c[3], c[4], c[5], c[8])).ToList();
        Assert.Equal(["image 160 120 rgb image", "smask 160 120 gray image", "image 240 180 rgb jpeg"], images);

        var text = DigestFixture.Normalize(Tool.Run("pdftotext", pdf, "-").Output);
        Assert.Contains(DigestFixture.Normalize("Die Bezirke im Überblick"), text);
        Assert.Contains(DigestFixture.Normalize("Der Marktplatz, Mai 2026"), text);
        // Pictures the digest cannot show keep their text.
        Assert.Contains(DigestFixture.Normalize("Ein Bild, dessen Datei fehlt"), text);
        Assert.Contains(DigestFixture.Normalize("Ein Bild aus dem Netz"), text);
        // The alt text of a shown picture is its Figure's /Alt, not printed text.
        Assert.DoesNotContain(DigestFixture.Normalize("Eine Karte der Bezirke"), text);

        var tree = TaggedStructure.Read(pdf);
        Assert.Empty(tree.Problems);
        Assert.Equal(2, tree.Root!.Descendants().Count(e => e.Role == "Figure"));
        Assert.Equal(2, tree.Root.Descendants().Count(e => e.Role == "Caption"));
    }

    [Fact]
    public void Without_its_files_every_picture_is_set_as_its_alt_text()
    {
        var pdf = Render(Week(), "digest.pdf");
        Assert.Empty(TestImages.ImageObjects(pdf));
        var text = DigestFixture.Normalize(Tool.Run("pdftotext", pdf, "-").Output);
        Assert.Contains(DigestFixture.Normalize("Eine Karte der Bezirke"), text);
        Assert.Contains(DigestFixture.Normalize("Die Bezirke im Überblick"), text);
    }

    [Fact]
    public void Two_builds_are_byte_identical()
    {
        var first = File.ReadAllBytes(Render(Week(Chart, Photo), "first.pdf"));
        var second = File.ReadAllBytes(Render(Week(Chart, Photo), "second.pdf"));
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_digests_job_lists_its_pictures_so_a_changed_picture_rewrites_it()
    {
        var format = new PdfDigestFormat(new TemplateRenderer(new TemplateSet(TemplateSet.ShippedDirectory)));
        var job = Assert.Single(format.Plan(Week(Chart, Photo), new DiagnosticBag()));
        Assert.Equal([Chart, Photo], job.Pictures);

        var changed = Chart with { FileName = "99887766554433aa.png", Bytes = TestImages.Png(160, 120, alpha: true, seed: 200) };
        var changedJob = Assert.Single(format.Plan(Week(changed, Photo), new DiagnosticBag()));
        Assert.Equal([changed, Photo], changedJob.Pictures);
        Assert.NotEqual(job.Pictures.Select(p => p.FileName), changedJob.Pictures.Select(p => p.FileName));

        // And the new bytes are what the digest embeds.
        var path = Path.Combine(_folder.FullName, "changed.pdf");
        using (var stream = File.Create(path)) changedJob.Write(stream);
        Assert.NotEqual(File.ReadAllBytes(Render(Week(Chart, Photo), "before.pdf")), File.ReadAllBytes(path));
    }
}
