using System.IO.Compression;
using System.Security.Cryptography;
using SkiaSharp;

namespace Publisher.Cli.Tests;

/// <summary>A picture an article shows, from the Markdown that names it to each of the three outputs, and again when it changes.</summary>
public class PictureBuildTests
{
    private const string Article = "---\ntitle: a\ndate: 2026-11-10\nid: a\ntags: [A]\n---\nText.\n\n![A red square](img/square.png \"Caption of the square\")\n\n![Nothing here](img/none.png)\n";

    [Fact]
    public void A_picture_reaches_the_feeds_the_book_and_the_digest_and_a_changed_one_replaces_it()
    {
        var content = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml), ("a.md", Article));
        var picture = Path.Combine(content, "img", "square.png");
        Directory.CreateDirectory(Path.GetDirectoryName(picture)!);
        File.WriteAllBytes(picture, Png(SKColors.Red));
        var output = Path.Combine(content, "out");

        var (exit, stdout, stderr) = CliHarness.Run("build", "--content", content, "--out", output);

        Assert.True(exit == 0, stderr);
        Assert.Contains($"{content}/a.md:11: warning: picture 'img/none.png': there is no such file", stderr);
        var name = NameOf(File.ReadAllBytes(picture));
        Assert.Equal(File.ReadAllBytes(picture), File.ReadAllBytes(Path.Combine(output, "feeds", "pictures", name)));
        var atom = File.ReadAllText(Path.Combine(output, "feeds", "atom.xml"));
        Assert.Contains($"img src=\"https://t.example/feeds/pictures/{name}\" alt=\"A red square\" width=\"40\" height=\"30\"/&gt;&lt;figcaption&gt;Caption of the square", atom);
        Assert.Contains("Nothing here", atom); // the missing picture's alt text, not dropped

        using (var book = ZipFile.OpenRead(Path.Combine(output, "epub", "2026-W46.epub")))
        {
            var entry = book.GetEntry($"EPUB/pictures/{name}");
            Assert.NotNull(entry);
            var chapters = string.Concat(book.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)).Select(e => new StreamReader(e.Open()).ReadToEnd()));
            Assert.Contains($"<img src=\"pictures/{name}\" alt=\"A red square\"", chapters);
            Assert.Contains("<figcaption>Caption of the square</figcaption>", chapters);
        }

        var digest = File.ReadAllBytes(Path.Combine(output, "pdf", "2026-W46.pdf"));
        Assert.Equal(1, Count(digest, "/Subtype/Image"));

        File.WriteAllBytes(picture, Png(SKColors.Blue));
        (exit, stdout, stderr) = CliHarness.Run("build", "--content", content, "--out", output);

        Assert.True(exit == 0, stderr);
        var changed = NameOf(File.ReadAllBytes(picture));
        Assert.NotEqual(name, changed);
        Assert.True(File.Exists(Path.Combine(output, "feeds", "pictures", changed)));
        Assert.False(File.Exists(Path.Combine(output, "feeds", "pictures", name)), "the old picture is deleted once no feed shows it");
        Assert.Contains($"feeds/pictures/{changed}", File.ReadAllText(Path.Combine(output, "feeds", "atom.xml")));
        using (var book = ZipFile.OpenRead(Path.Combine(output, "epub", "2026-W46.epub")))
        {
            Assert.NotNull(book.GetEntry($"EPUB/pictures/{changed}"));
            Assert.Null(book.GetEntry($"EPUB/pictures/{name}"));
        }
        Assert.False(digest.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, "pdf", "2026-W46.pdf"))), "the digest shows the new picture");
    }

    private static byte[] Png(SKColor color)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(40, 30, SKColorType.Rgba8888, SKAlphaType.Opaque));
        bitmap.Erase(color);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>The name outputs give a picture: the first 16 hex digits of its bytes' SHA-256 and its type's extension.</summary>
    private static string NameOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + ".png";

    private static int Count(byte[] pdf, string token)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var count = 0;
        for (var at = text.IndexOf(token, StringComparison.Ordinal); at >= 0; at = text.IndexOf(token, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
