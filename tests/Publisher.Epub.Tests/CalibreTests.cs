using System.Text.RegularExpressions;
using Publisher.Core.Model;
using Publisher.Epub.Tests.Support;

namespace Publisher.Epub.Tests;

/// <summary>Calibre (ebook-meta, ebook-convert) reads the books as a reader would: metadata, cover, all the text and the pictures.</summary>
[Collection(CheckedBooksCollection.Name)]
public partial class CalibreTests(CheckedBooks books)
{
    [Fact]
    public void Calibre_reads_title_authors_and_cover()
    {
        var book = books.Samples.First(f => !f.Contains("/tags/", StringComparison.Ordinal));
        var cover = Path.Combine(books.Root, "calibre-cover.png");
        var (code, output) = Tool.Run("ebook-meta", book, "--get-cover=" + cover);
        Assert.Equal(0, code);
        var epub = EpubContents.Open(book);
        Assert.Matches($@"Title\s*:\s*{Regex.Escape(epub.Dublin("title"))}\s*\n", output);
        Assert.Matches($@"Author\(s\)\s*:\s*{Regex.Escape(books.SampleCorpus.Site.Author.Name)}", output);
        var png = File.ReadAllBytes(cover);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(Cover.CoverRasterizer.PixelWidth, ReadBigEndian(png, 16));
        Assert.Equal(Cover.CoverRasterizer.PixelHeight, ReadBigEndian(png, 20));
    }

    [Fact]
    public void Calibre_finds_all_the_text_of_a_weekly_issue() => AssertAllText(books.Samples.First(f => !f.Contains("/tags/", StringComparison.Ordinal)), books.SampleCorpus.Articles);

    [Fact]
    public void Calibre_finds_all_the_text_of_a_hostile_book() => AssertAllText(books.Hostile.First(f => f.EndsWith("/tags/x.epub", StringComparison.Ordinal)), books.HostileCorpus.Articles);

    [Fact]
    public void Calibre_shows_a_books_pictures_with_their_alt_text_and_a_remote_ones_text()
    {
        var book = books.Pictured.First(f => !f.Contains("/tags/", StringComparison.Ordinal));
        var htmlz = Path.Combine(books.Root, "pictures-calibre.htmlz");
        var (code, output) = Tool.Run("ebook-convert", book, htmlz);
        Assert.True(code == 0, output);

        using var zip = System.IO.Compression.ZipFile.OpenRead(htmlz);
        var html = new StreamReader(zip.GetEntry("index.html")!.Open()).ReadToEnd();
        var images = ImgTag().Matches(html).Select(m => (Src: m.Groups["src"].Value, Alt: m.Groups["alt"].Value)).ToList();
        Assert.Equal(["Ein rotes Haus", "Ein rotes Haus", "Ein Baum im Hof", ""], images.Select(i => i.Alt));
        // Each image Calibre shows is one of the book's picture files, as the book holds it.
        var files = new[] { PictureCorpus.House, PictureCorpus.Tree, PictureCorpus.Street }.Select(f => Convert.ToBase64String(f.Bytes.Span)).ToHashSet();
        Assert.All(images, image =>
        {
            using var bytes = new MemoryStream();
            zip.GetEntry(image.Src)!.Open().CopyTo(bytes);
            Assert.Contains(Convert.ToBase64String(bytes.ToArray()), files);
        });
        Assert.Contains("Das Haus, 1920", html);
        Assert.Contains("Ein fernes Bild", html);
    }

    private void AssertAllText(string book, IEnumerable<Article> corpusArticles)
    {
        var text = Path.Combine(books.Root, Path.GetFileNameWithoutExtension(book) + "-calibre.txt");
        var (code, output) = Tool.Run("ebook-convert", book, text);
        Assert.True(code == 0, output);
        var converted = Normalise(File.ReadAllText(text));
        var epub = EpubContents.Open(book);
        var chapters = epub.SpineChapters().ToHashSet();
        var articles = corpusArticles.Where(a => chapters.Contains(Chapters.ChapterFiles.Of(a))).ToList();
        Assert.Equal(chapters.Count, articles.Count);
        foreach (var article in articles)
        {
            Assert.Contains(Normalise(Books.BookText.Headline(article)), converted);
            foreach (var paragraph in article.Body.OfType<Paragraph>())
                Assert.Contains(Normalise(PlainText(paragraph.Inlines)), converted);
            // Every table cell a word of its own, header cells too (Calibre runs cells that touch in the page together).
            foreach (var cell in article.Body.OfType<Table>().SelectMany(t => t.Rows).SelectMany(r => r.Cells).Select(c => Normalise(PlainText(c.Inlines))).Where(c => c.Length > 0))
                Assert.Matches($@"(^|\s){Regex.Escape(cell)}(\s|$)", converted);
        }
    }

    private static string PlainText(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        TextRun run => run.Text,
        Emphasis e => PlainText(e.Content),
        LinkInline link => PlainText(link.Content),
        _ => " ",
    }));

    private static string Normalise(string text) => Spaces().Replace(Books.BookText.Visible(text, ""), " ").Trim();

    private static int ReadBigEndian(byte[] bytes, int offset) => (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];

    [GeneratedRegex(@"<img src=""(?<src>[^""]+)"" alt=""(?<alt>[^""]*)""")]
    private static partial Regex ImgTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
