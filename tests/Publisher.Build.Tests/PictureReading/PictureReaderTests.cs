using System.Text;
using Publisher.Build.PictureReading;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;
using SkiaSharp;

namespace Publisher.Build.Tests.PictureReading;

public sealed class PictureReaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("publisher-pictures").FullName;
    private readonly DiagnosticBag _diagnostics = new();

    private string Content => Path.Combine(_root, "content");

    public PictureReaderTests() => Directory.CreateDirectory(Path.Combine(Content, "posts"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string contentPath, byte[] bytes)
    {
        var path = Path.Combine(Content, contentPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>An article of <c>posts/{name}</c> showing each of <paramref name="sources"/> (written relative to it) alone.</summary>
    private Article Article(string name, params string[] sources)
    {
        var text = "---\ntitle: T\ndate: 2026-11-10\n---\n" + string.Concat(sources.Select(s => $"![Alt {s}]({s})\n\n"));
        var context = new ParseContext("posts/" + name, _diagnostics, "de", TimeZoneInfo.Utc, new Uri("https://site.example/"));
        return new MarkdownArticleParser().Parse(Encoding.UTF8.GetBytes(text), context)!;
    }

    private PictureFiles Read(params Article[] articles) => PictureReader.Read(Content, articles, _diagnostics, KnownPictures.None).Files;

    private IReadOnlyList<string> Messages => [.. _diagnostics.Sorted().Select(d => d.ToString())];

    [Theory]
    [InlineData(SKEncodedImageFormat.Png, "image/png", ".png")]
    [InlineData(SKEncodedImageFormat.Jpeg, "image/jpeg", ".jpg")]
    public void Png_and_upright_jpeg_are_kept_byte_for_byte_named_by_their_hash(SKEncodedImageFormat format, string mediaType, string ending)
    {
        var bytes = TestPictures.Encoded(30, 17, format);
        Write("posts/img/a.bin", bytes); // the name's ending says nothing: the bytes do
        var article = Article("a.md", "img/a.bin");
        var file = Assert.Single(Read(article).Of(article));
        Assert.Empty(Messages);
        Assert.Equal(bytes, file.Bytes.ToArray());
        Assert.Equal(("posts/img/a.bin", mediaType, 30, 17), (file.ContentPath, file.MediaType, file.Width, file.Height));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16] + ending, file.FileName);
    }

    [Fact]
    public void A_gif_and_a_webp_become_png_with_their_pixels()
    {
        Write("posts/a.gif", TestPictures.Gif());
        Write("posts/b.webp", TestPictures.Encoded(8, 4, SKEncodedImageFormat.Webp, 100));
        var article = Article("a.md", "a.gif", "b.webp");
        var files = Read(article).Of(article);
        Assert.Empty(Messages);
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.Equal("image/png", f.MediaType));
        Assert.All(files, f => Assert.True(f.Bytes.Span.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G'])));
        Assert.Equal([(3, 2), (8, 4)], files.Select(f => (f.Width, f.Height)));
        Assert.Equal(TestPictures.Left, TestPictures.PixelAt(files[0].Bytes, 0, 1));
        Assert.Equal(TestPictures.Right, TestPictures.PixelAt(files[0].Bytes, 2, 0));
        Assert.True(TestPictures.Near(TestPictures.Corner, TestPictures.PixelAt(files[1].Bytes, 0, 0)));
        Assert.True(TestPictures.Near(TestPictures.Left, TestPictures.PixelAt(files[1].Bytes, 0, 3)));
    }

    /// <summary>
    /// Each EXIF orientation (TIFF tag 274) with where the stored top left corner and right edge are shown: 2 to 4 flip
    /// or turn it half round, 5 to 8 lay it on its side (width and height swap).
    /// </summary>
    [Theory]
    [InlineData(2, "top right", "left")]
    [InlineData(3, "bottom right", "left")]
    [InlineData(4, "bottom left", "right")]
    [InlineData(5, "top left", "bottom")]
    [InlineData(6, "top right", "bottom")] // turned a quarter clockwise to be shown, as phones held upright write it
    [InlineData(7, "bottom right", "top")]
    [InlineData(8, "bottom left", "top")]
    public void A_jpeg_its_camera_turned_is_turned_upright_and_encoded_again(ushort orientation, string corner, string rightEdge)
    {
        var stored = TestPictures.WithOrientation(TestPictures.Encoded(48, 24, SKEncodedImageFormat.Jpeg), orientation);
        Write("posts/turned.jpg", stored);
        var article = Article("a.md", "turned.jpg");
        var file = Assert.Single(Read(article).Of(article));
        Assert.Empty(Messages);
        Assert.NotEqual(stored, file.Bytes.ToArray());
        Assert.Equal("image/jpeg", file.MediaType);
        Assert.Equal(orientation >= 5 ? (24, 48) : (48, 24), (file.Width, file.Height));
        using var shown = SKBitmap.Decode(file.Bytes.ToArray());
        Assert.Equal((file.Width, file.Height), (shown.Width, shown.Height)); // the encoded file says the same
        int w = shown.Width - 1, h = shown.Height - 1;
        var (cx, cy) = corner switch { "top left" => (1, 1), "top right" => (w - 1, 1), "bottom left" => (1, h - 1), _ => (w - 1, h - 1) };
        var (ex, ey) = rightEdge switch { "left" => (1, h / 2), "right" => (w - 1, h / 2), "top" => (w / 2, 1), _ => (w / 2, h - 1) };
        Assert.True(TestPictures.Near(TestPictures.Corner, shown.GetPixel(cx, cy)), $"corner: {shown.GetPixel(cx, cy)}");
        Assert.True(TestPictures.Near(TestPictures.Right, shown.GetPixel(ex, ey)), $"right edge: {shown.GetPixel(ex, ey)}");
    }

    [Fact]
    public void A_turned_photo_keeps_its_colour_profile()
    {
        var p3 = SKColorSpace.CreateRgb(SKColorSpaceTransferFn.Srgb, SKColorSpaceXyz.DisplayP3);
        Write("posts/turned.jpg", TestPictures.WithOrientation(TestPictures.Encoded(48, 24, SKEncodedImageFormat.Jpeg, colorSpace: p3), 6));
        var article = Article("a.md", "turned.jpg");
        var file = Assert.Single(Read(article).Of(article));
        using var codec = SKCodec.Create(new MemoryStream(file.Bytes.ToArray()));
        Assert.Equal((24, 48), (codec.Info.Width, codec.Info.Height));
        // Display P3's primaries, as the profile stores them (to 16 bits).
        var space = codec.Info.ColorSpace;
        Assert.NotNull(space);
        Assert.True(space.ToColorSpaceXyz(out var xyz), "the turned JPEG has a colour profile");
        Assert.Equal(SKColorSpaceXyz.DisplayP3.Values, xyz.Values, (a, b) => Math.Abs(a - b) < 0.001);
    }

    [Fact]
    public void A_jpeg_whose_orientation_is_1_is_kept_as_it_is()
    {
        var stored = TestPictures.WithOrientation(TestPictures.Encoded(48, 24, SKEncodedImageFormat.Jpeg), 1);
        Write("posts/upright.jpg", stored);
        var article = Article("a.md", "upright.jpg");
        Assert.Equal(stored, Assert.Single(Read(article).Of(article)).Bytes.ToArray());
    }

    [Fact]
    public void One_file_shown_by_many_articles_is_one_picture_file()
    {
        Write("shared/map.png", TestPictures.Encoded(4, 4, SKEncodedImageFormat.Png));
        var articles = new[] { Article("a.md", "../shared/map.png"), Article("b.md", "../shared/map.png", "../shared/./map.png") };
        var pictures = Read(articles);
        Assert.Equal(1, pictures.Count);
        Assert.Single(pictures.Of(articles));
    }

    [Theory]
    [InlineData("missing.png", null, "there is no such file")]
    [InlineData("notes.png", "Dies ist Text, kein Bild.", "is not a picture")]
    [InlineData("drawing.png", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "is an SVG drawing")]
    [InlineData("phone.jpg", "\0\0\0\u0018ftypheic\0\0\0\0mif1heic", "is a HEIF or AVIF picture")]
    public void A_file_that_is_no_usable_picture_is_reported_where_it_is_shown(string name, string? content, string why)
    {
        if (content is not null) Write("posts/" + name, Encoding.UTF8.GetBytes(content));
        var article = Article("a.md", name);
        var pictures = Read(article);
        Assert.Empty(pictures.Of(article));
        var message = Assert.Single(Messages);
        Assert.StartsWith($"posts/a.md:5: warning: picture 'posts/{name}': {why}", message);
        Assert.EndsWith("; its alt text is shown", message);
    }

    [Fact]
    public void A_damaged_or_cut_short_picture_is_reported_not_thrown()
    {
        var png = TestPictures.Encoded(64, 64, SKEncodedImageFormat.Png);
        Write("posts/cut.png", png[..(png.Length * 2 / 3)]);
        Write("posts/head.png", png[..20]);
        var jpeg = TestPictures.Encoded(64, 64, SKEncodedImageFormat.Jpeg);
        Write("posts/cut.jpg", jpeg[..(jpeg.Length / 2)]);
        var article = Article("a.md", "cut.png", "head.png", "cut.jpg");
        Assert.Empty(Read(article).Of(article));
        Assert.Equal(3, Messages.Count);
        Assert.All(Messages, m => Assert.Contains("the file is damaged or cut short", m));
    }

    [Fact]
    public void A_file_over_50_MB_is_refused_without_being_decoded()
    {
        var path = Path.Combine(Content, "posts", "huge.png");
        using (var stream = File.Create(path))
        {
            stream.Write(TestPictures.Encoded(2, 2, SKEncodedImageFormat.Png));
            stream.SetLength(PictureFileReadingLimit + 1);
        }
        var article = Article("a.md", "huge.png");
        Assert.Empty(Read(article).Of(article));
        Assert.Contains("more than the 50 MB a picture may have", Assert.Single(Messages));
    }

    private const long PictureFileReadingLimit = 50L * 1024 * 1024;

    [Fact]
    public void A_picture_over_50_megapixels_is_refused()
    {
        // A BMP header saying 8000×7000 pixels: the size is told before any pixel is read.
        var header = new byte[54];
        "BM"u8.CopyTo(header);
        BitConverter.TryWriteBytes(header.AsSpan(2), 54 + 8000 * 7000 * 3);
        BitConverter.TryWriteBytes(header.AsSpan(10), 54);
        BitConverter.TryWriteBytes(header.AsSpan(14), 40);
        BitConverter.TryWriteBytes(header.AsSpan(18), 8000);
        BitConverter.TryWriteBytes(header.AsSpan(22), 7000);
        BitConverter.TryWriteBytes(header.AsSpan(26), (short)1);
        BitConverter.TryWriteBytes(header.AsSpan(28), (short)24);
        Write("posts/wide.bmp", [.. header, .. new byte[1024]]);
        var article = Article("a.md", "wide.bmp");
        Assert.Empty(Read(article).Of(article));
        Assert.Contains("is 8000×7000 pixels, more than the 50 megapixels", Assert.Single(Messages));
    }

    [Fact]
    public void A_link_out_of_the_content_folder_is_refused_and_one_inside_is_followed()
    {
        if (OperatingSystem.IsWindows()) return; // links there need rights the tests do not have
        var outside = Path.Combine(_root, "secret.png");
        File.WriteAllBytes(outside, TestPictures.Encoded(4, 4, SKEncodedImageFormat.Png));
        File.CreateSymbolicLink(Path.Combine(Content, "posts", "leak.png"), outside);
        Directory.CreateSymbolicLink(Path.Combine(Content, "posts", "outside"), _root);
        Write("inside/real.png", TestPictures.Encoded(4, 4, SKEncodedImageFormat.Png));
        File.CreateSymbolicLink(Path.Combine(Content, "posts", "alias.png"), Path.Combine(Content, "inside", "real.png"));
        var article = Article("a.md", "leak.png", "outside/secret.png", "alias.png");
        var files = Read(article).Of(article);
        Assert.Equal("posts/alias.png", Assert.Single(files).ContentPath);
        Assert.Equal(
            ["posts/a.md:5: warning: picture 'posts/leak.png': is a link that leads out of the content folder; its alt text is shown",
             "posts/a.md:7: warning: picture 'posts/outside/secret.png': is a link that leads out of the content folder; its alt text is shown"],
            Messages);
    }

    [Fact]
    public void A_folder_is_no_picture()
    {
        Directory.CreateDirectory(Path.Combine(Content, "posts", "dir.png"));
        var article = Article("a.md", "dir.png");
        Assert.Empty(Read(article).Of(article));
        Assert.Contains("is a folder, not a file", Assert.Single(Messages));
    }

    [Fact]
    public void Remote_pictures_are_not_read()
    {
        var article = Article("a.md", "https://example.org/x.png");
        Assert.Equal(0, Read(article).Count);
        Assert.Empty(Messages);
    }
}
