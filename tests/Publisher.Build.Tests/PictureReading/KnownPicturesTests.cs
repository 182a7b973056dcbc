using System.Text;
using Publisher.Build.PictureReading;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;
using SkiaSharp;

namespace Publisher.Build.Tests.PictureReading;

/// <summary>
/// The record of pictures kept as read and of files made of pictures: a rebuild trusts it only for the very bytes it
/// names, and a made file only while its bytes are still the ones named.
/// </summary>
public sealed class KnownPicturesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("publisher-known-pictures").FullName;

    private string Content => Path.Combine(_root, "content");

    private string Output => Path.Combine(_root, "out");

    public KnownPicturesTests() => Directory.CreateDirectory(Content);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Reads the pictures of an article showing <paramref name="names"/>: what was read, the files it shows, what was reported.</summary>
    private (PicturesRead Read, IReadOnlyList<PictureFile> Shown, IReadOnlyList<Diagnostic> Reported) Read(KnownPictures known, params string[] names)
    {
        var text = "---\ntitle: T\ndate: 2026-11-10\n---\n" + string.Concat(names.Select(n => $"![Alt]({n})\n\n"));
        var diagnostics = new DiagnosticBag();
        var article = new MarkdownArticleParser().Parse(Encoding.UTF8.GetBytes(text),
            new ParseContext("a.md", diagnostics, "de", TimeZoneInfo.Utc, new Uri("https://site.example/")))!;
        var read = PictureReader.Read(Content, [article], diagnostics, known);
        return (read, read.Files.Of(article), diagnostics.Sorted());
    }

    /// <summary>A record that says every picture it names is <paramref name="width"/>×<paramref name="height"/>, as a tampered one would.</summary>
    private KnownPictures Claiming(KnownPictures real, int width, int height)
    {
        real.Save(Output);
        var path = Path.Combine(Output, KnownPictures.RelativePath);
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, [lines[0], .. lines.Skip(1).Select(l => string.Join(' ', [.. l.Split(' ')[..^2], width, height]))]);
        return KnownPictures.Load(Output);
    }

    private string MadeFolder => Path.Combine(Output, KnownPictures.MadeFolder);

    [Fact]
    public void Pictures_kept_as_read_are_recorded_and_files_made_of_pictures_are_kept_beside_the_record()
    {
        File.WriteAllBytes(Path.Combine(Content, "kept.png"), TestPictures.Encoded(6, 4, SKEncodedImageFormat.Png));
        File.WriteAllBytes(Path.Combine(Content, "kept.jpg"), TestPictures.Encoded(6, 4, SKEncodedImageFormat.Jpeg));
        File.WriteAllBytes(Path.Combine(Content, "turned.jpg"), TestPictures.WithOrientation(TestPictures.Encoded(6, 4, SKEncodedImageFormat.Jpeg), 6));
        File.WriteAllBytes(Path.Combine(Content, "a.gif"), TestPictures.Gif());
        var (read, shown, reported) = Read(KnownPictures.None, "kept.png", "kept.jpg", "turned.jpg", "a.gif");
        Assert.Empty(reported);
        Assert.Equal(4, shown.Count);
        Assert.Equal(4, read.Known.Count);
        read.Known.Save(Output);
        Assert.Equal(4, KnownPictures.Load(Output).Count);
        var lines = File.ReadAllLines(Path.Combine(Output, KnownPictures.RelativePath));
        Assert.Equal(2, lines.Count(l => l.StartsWith("kept ", StringComparison.Ordinal)));
        Assert.Equal(2, lines.Count(l => l.StartsWith("made ", StringComparison.Ordinal)));
        // The made files (the turned JPEG, the GIF made PNG) are kept by their names, with the bytes the outputs got.
        var made = shown.Where(f => !f.ContentPath.StartsWith("kept", StringComparison.Ordinal)).ToList();
        Assert.Equal(made.Select(f => f.FileName).Order(), Directory.EnumerateFiles(MadeFolder).Select(Path.GetFileName).Order());
        Assert.All(made, f => Assert.Equal(f.Bytes.ToArray(), File.ReadAllBytes(Path.Combine(MadeFolder, f.FileName))));

        // Without pictures, neither the record nor the made files are left.
        KnownPictures.None.Save(Output);
        Assert.False(File.Exists(Path.Combine(Output, KnownPictures.RelativePath)));
        Assert.False(Directory.Exists(MadeFolder));
    }

    [Fact]
    public void A_picture_the_last_build_turned_is_not_turned_again_while_the_file_made_of_it_is_sound()
    {
        var file = Path.Combine(Content, "turned.jpg");
        File.WriteAllBytes(file, TestPictures.WithOrientation(TestPictures.Encoded(6, 4, SKEncodedImageFormat.Jpeg), 6));
        var first = Read(KnownPictures.None, "turned.jpg");
        var turned = Assert.Single(first.Shown);
        Assert.Equal((4, 6), (turned.Width, turned.Height));
        var claimed = Claiming(first.Read.Known, 99, 77);

        // The same bytes: the made file is taken with the record's size, which shows nothing was decoded.
        var again = Assert.Single(Read(claimed, "turned.jpg").Shown);
        Assert.Equal((turned.FileName, 99, 77), (again.FileName, again.Width, again.Height));
        Assert.Equal(turned.Bytes.ToArray(), again.Bytes.ToArray());
        // A made file changed (or gone) is not taken: the picture is turned again.
        var kept = Path.Combine(MadeFolder, turned.FileName);
        File.WriteAllBytes(kept, [.. File.ReadAllBytes(kept), 0]);
        var remade = Assert.Single(Read(claimed, "turned.jpg").Shown);
        Assert.Equal((turned.FileName, 4, 6), (remade.FileName, remade.Width, remade.Height));
        File.Delete(kept);
        var fresh = Assert.Single(Read(claimed, "turned.jpg").Shown);
        Assert.Equal((4, 6), (fresh.Width, fresh.Height));
    }

    [Fact]
    public void A_recorded_picture_is_not_decoded_again_and_changed_bytes_are()
    {
        var file = Path.Combine(Content, "p.png");
        File.WriteAllBytes(file, TestPictures.Encoded(6, 4, SKEncodedImageFormat.Png));
        var claimed = Claiming(Read(KnownPictures.None, "p.png").Read.Known, 99, 77);

        // The same bytes: the record's size is taken as it is, which shows nothing was decoded.
        var same = Assert.Single(Read(claimed, "p.png").Shown);
        Assert.Equal((99, 77), (same.Width, same.Height));
        // Other bytes (the file edited, or cut short) are decoded: the record says nothing about them.
        File.WriteAllBytes(file, TestPictures.Encoded(5, 3, SKEncodedImageFormat.Png));
        var edited = Assert.Single(Read(claimed, "p.png").Shown);
        Assert.Equal((5, 3), (edited.Width, edited.Height));
        var png = TestPictures.Encoded(6, 4, SKEncodedImageFormat.Png);
        File.WriteAllBytes(file, png[..(png.Length / 2)]);
        var (_, shown, reported) = Read(claimed, "p.png");
        Assert.Empty(shown);
        Assert.Contains("damaged or cut short", Assert.Single(reported).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("publisher pictures 1\n0123456789abcdef.png 1 1\n")]
    [InlineData("publisher pictures 2 0123456789abcdef0123456789abcdef skia 1.0.0.0\nkept 0123456789abcdef.png 1 1\n")] // other code's
    public void A_missing_or_foreign_record_knows_nothing(string text)
    {
        Directory.CreateDirectory(Path.Combine(Output, ".publisher"));
        if (text.Length > 0) File.WriteAllText(Path.Combine(Output, KnownPictures.RelativePath), text);
        Assert.Equal(0, KnownPictures.Load(Output).Count);
    }

    [Fact]
    public void Lines_that_are_no_record_of_a_picture_are_passed_over()
    {
        File.WriteAllBytes(Path.Combine(Content, "p.png"), TestPictures.Encoded(6, 4, SKEncodedImageFormat.Png));
        Read(KnownPictures.None, "p.png").Read.Known.Save(Output);
        var path = Path.Combine(Output, KnownPictures.RelativePath);
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, [lines[0], "nonsense", "kept 0123456789abcdef.png x 1", "made 0123456789abcdef ../../etc/passwd 1 1", .. lines[1..]]);
        Assert.Equal(1, KnownPictures.Load(Output).Count); // the picture's own line, and only it
    }
}
