using System.Text;
using System.Xml.Linq;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Wording;
using Publisher.Epub.Chapters;
using Publisher.Epub.Tests.Support;
using SkiaSharp;

namespace Publisher.Epub.Tests;

/// <summary>
/// Books hold the pictures their chapters show: each file once, stored, listed in the manifest and linked from the
/// chapter with its size; a remote picture shows its alt text; the package says whether the pictures are described;
/// a changed picture rewrites the books and the chapters that show it.
/// </summary>
[Collection(CheckedBooksCollection.Name)]
public class PictureTests(CheckedBooks books)
{
    private static readonly XNamespace X = EpubContents.Xhtml;

    private string Issue => books.Pictured.Single(f => !f.Contains("/tags/", StringComparison.Ordinal));

    private string TagBook(string slug) => books.Pictured.Single(f => f.EndsWith($"/tags/{slug}.epub", StringComparison.Ordinal));

    [Fact]
    public void A_book_stores_each_picture_it_shows_once_uncompressed_and_lists_it_in_the_manifest()
    {
        var epub = EpubContents.Open(Issue);

        PictureFile[] shown = [PictureCorpus.House, PictureCorpus.Tree, PictureCorpus.Street];
        Assert.Equal(shown.Select(f => $"EPUB/pictures/{f.FileName}"), epub.Names.Where(n => n.StartsWith("EPUB/pictures/", StringComparison.Ordinal)));
        var bytes = File.ReadAllBytes(Issue);
        foreach (var file in shown)
        {
            Assert.Equal(file.Bytes.ToArray(), epub.Bytes($"EPUB/pictures/{file.FileName}"));
            Assert.Equal(0, CompressionMethod(bytes, $"EPUB/pictures/{file.FileName}"));
        }
        var items = epub.Package.Descendants(EpubContents.Opf + "item").Where(i => ((string)i.Attribute("href")!).StartsWith("pictures/", StringComparison.Ordinal))
            .Select(i => ((string)i.Attribute("id")!, (string)i.Attribute("href")!, (string)i.Attribute("media-type")!, (string?)i.Attribute("properties")));
        Assert.Equal(shown.Select(f => ($"pic-{f.FileName.Replace('.', '-')}", $"pictures/{f.FileName}", f.MediaType, (string?)null)), items);
        Assert.Equal("image/jpeg", PictureCorpus.Tree.MediaType);
    }

    [Fact]
    public void A_tag_book_holds_only_the_pictures_of_its_own_articles()
    {
        var epub = EpubContents.Open(TagBook("bilder"));

        Assert.Equal([$"EPUB/pictures/{PictureCorpus.House.FileName}", $"EPUB/pictures/{PictureCorpus.Tree.FileName}"],
            epub.Names.Where(n => n.StartsWith("EPUB/pictures/", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_chapter_shows_a_picture_from_the_books_copy_with_its_size_alt_text_and_caption()
    {
        var epub = EpubContents.Open(Issue);
        var article = books.PictureCorpus.Articles.Single(a => a.Body.OfType<Picture>().Any(p => p.Source == PictureCorpus.House.ContentPath));

        var figure = epub.Chapter(ChapterFiles.Of(article)).Descendants(X + "figure").Single();
        Assert.Equal("picture", (string?)figure.Attribute("class"));
        var img = figure.Element(X + "img")!;
        Assert.Equal($"pictures/{PictureCorpus.House.FileName}", (string?)img.Attribute("src"));
        Assert.Equal(("64", "48"), ((string?)img.Attribute("width"), (string?)img.Attribute("height")));
        Assert.Equal("Ein rotes Haus", (string?)img.Attribute("alt"));
        Assert.Equal("Das Haus, 1920", figure.Element(X + "figcaption")!.Value);
    }

    [Fact]
    public void Every_image_a_chapter_shows_is_a_file_of_the_book_relative_to_the_chapter()
    {
        foreach (var path in books.Pictured)
        {
            var epub = EpubContents.Open(path);
            var images = epub.SpineChapters().SelectMany(c => epub.Chapter(c).Descendants(X + "img").Select(img => (Chapter: c, Src: (string)img.Attribute("src")!))).ToList();
            Assert.NotEmpty(images);
            // Chapters sit in EPUB/: a relative src resolves against that folder.
            Assert.All(images, image => Assert.Contains(new Uri(new Uri("book:/EPUB/" + image.Chapter), image.Src).AbsolutePath.TrimStart('/'), epub.Names));
        }
    }

    [Fact]
    public void A_remote_picture_shows_its_alt_text_and_caption_and_the_book_names_no_remote_resource()
    {
        var epub = EpubContents.Open(Issue);
        var article = books.PictureCorpus.Articles.Single(a => Pictures.In(a.Body).Any(p => p.IsRemote));

        var chapter = epub.Chapter(ChapterFiles.Of(article));
        var texts = chapter.Descendants(X + "p").Where(p => (string?)p.Attribute("class") == "figure").Select(p => p.Value).ToList();
        Assert.Contains("Ein fernes BildVon anderswo", texts);
        Assert.Contains("Ein fehlendes Bild", texts); // a file the build could not use: the same
        Assert.Empty(chapter.Descendants(X + "img"));
        Assert.All(epub.Names.Where(n => n.EndsWith(".xhtml", StringComparison.Ordinal) || n.EndsWith(".opf", StringComparison.Ordinal)),
            name => Assert.DoesNotContain("bilder.example", epub.Text(name)));
        Assert.DoesNotContain(epub.Package.Descendants(EpubContents.Opf + "item"), i => ((string?)i.Attribute("properties") ?? "").Contains("remote-resources"));
    }

    [Fact]
    public void A_book_whose_pictures_are_all_described_says_text_alone_suffices()
    {
        var epub = EpubContents.Open(TagBook("bilder"));

        Assert.Equal(["textual", "visual"], epub.Metas("schema:accessMode").Select(m => m.Value));
        Assert.Equal(["textual,visual", "textual"], epub.Metas("schema:accessModeSufficient").Select(m => m.Value));
        Assert.Contains("alternativeText", epub.Metas("schema:accessibilityFeature").Select(m => m.Value));
        Assert.Equal($"{Words.German.AccessibilitySummary} {Words.German.PicturesDescribed}", epub.Meta("schema:accessibilitySummary"));
    }

    [Theory]
    [InlineData("ohne")]
    [InlineData(null)] // the weekly issue: one undescribed picture among described ones
    public void A_book_with_an_undescribed_picture_does_not_say_text_alone_suffices(string? tag)
    {
        var epub = EpubContents.Open(tag is null ? Issue : TagBook(tag));

        Assert.Equal(["textual", "visual"], epub.Metas("schema:accessMode").Select(m => m.Value));
        Assert.Equal(["textual,visual"], epub.Metas("schema:accessModeSufficient").Select(m => m.Value));
        Assert.DoesNotContain("alternativeText", epub.Metas("schema:accessibilityFeature").Select(m => m.Value));
        Assert.Equal($"{Words.German.AccessibilitySummary} {Words.German.PicturesNotAllDescribed}", epub.Meta("schema:accessibilitySummary"));
    }

    [Fact]
    public void Every_language_says_both_picture_sentences_in_its_own_words()
    {
        var languages = Words.Catalogue.Values.Distinct().ToList(); // no and nb are one
        Assert.Equal(13, languages.Count);
        Assert.All(languages, words => Assert.NotEqual(words.PicturesDescribed, words.PicturesNotAllDescribed));
        Assert.Equal(languages.Count, languages.Select(w => w.PicturesDescribed).Distinct().Count());
        Assert.Equal(languages.Count, languages.Select(w => w.PicturesNotAllDescribed).Distinct().Count());
    }

    [Fact]
    public void Two_builds_of_books_with_pictures_are_byte_identical()
    {
        var first = Write(PictureCorpus.Create(), store: null);
        var second = Write(PictureCorpus.Create(), store: null);

        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs between builds");
    }

    [Fact]
    public void A_changed_picture_is_listed_by_the_jobs_of_the_books_that_hold_it_and_renders_its_chapter_anew()
    {
        var edited = PictureCorpus.Png(PictureCorpus.Street.ContentPath, 52, 30, SKColors.Black);
        Assert.NotEqual(PictureCorpus.Street.FileName, edited.FileName);
        var before = Jobs(PictureCorpus.Create());
        var after = Jobs(PictureCorpus.Create(edited));

        // The build's fingerprint covers a job's pictures: the books holding the picture list the new file, the others are unchanged.
        Assert.Contains(PictureCorpus.Street, before["epub/tags/ohne.epub"]);
        Assert.Equal([edited], after["epub/tags/ohne.epub"]);
        Assert.Contains(edited, after.Single(j => j.Key.StartsWith("epub/2", StringComparison.Ordinal)).Value);
        Assert.Equal(before["epub/tags/bilder.epub"], after["epub/tags/bilder.epub"]);

        var store = new MemoryPieceStore();
        var old = Write(PictureCorpus.Create(), store);
        var next = store.Next();
        var incremental = Write(PictureCorpus.Create(edited), next);

        // The one article that shows it renders anew, and no other: its piece, and its variant in the issue, which holds
        // the article it links to (GeneratedArticles link each article to the one before).
        Assert.Equal(2, next.Kept);
        Assert.Equal(Write(PictureCorpus.Create(edited), store: null), incremental);
        Assert.NotEqual(old["epub/tags/ohne.epub"], incremental["epub/tags/ohne.epub"]);
        Assert.Equal(old["epub/tags/bilder.epub"], incremental["epub/tags/bilder.epub"]);
        var chapter = new EpubContents(incremental["epub/tags/ohne.epub"]).Text("EPUB/" + ChapterFiles.Of(
            books.PictureCorpus.Articles.Single(a => Pictures.In(a.Body).Any(p => p.Source == PictureCorpus.Street.ContentPath))));
        Assert.Contains($"src=\"pictures/{edited.FileName}\" alt=\"\" width=\"52\" height=\"30\"", chapter);
    }

    private static Dictionary<string, IReadOnlyList<PictureFile>> Jobs(Corpus corpus) =>
        new EpubFormat(BookFiles.Renderer()).Plan(corpus, new DiagnosticBag()).ToDictionary(j => j.Path.Value, j => j.Pictures);

    private static Dictionary<string, byte[]> Write(Corpus corpus, MemoryPieceStore? store) =>
        new EpubFormat(BookFiles.Renderer(), store).Plan(corpus, new DiagnosticBag()).ToDictionary(j => j.Path.Value, j =>
        {
            using var stream = new MemoryStream();
            j.Write(stream);
            return stream.ToArray();
        });

    /// <summary>The compression method of an entry's local header (0: stored, 8: deflated).</summary>
    private static int CompressionMethod(byte[] zip, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var at = 0; at + 30 + nameBytes.Length <= zip.Length; at++)
        {
            if (zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 3 && zip[at + 3] == 4
                && BitConverter.ToUInt16(zip, at + 26) == nameBytes.Length && zip.AsSpan(at + 30, nameBytes.Length).SequenceEqual(nameBytes))
                return BitConverter.ToUInt16(zip, at + 8);
        }
        throw new InvalidOperationException($"no local header for {name}");
    }
}
