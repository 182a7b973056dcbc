using System.Text;
using CsCheck;
using Publisher.Core.Parsing.Taz;
using Publisher.Core.Sampling;

namespace Publisher.Core.Tests.Sampling;

public sealed class SampleRoundTripTests
{
    [Fact]
    public void Any_generated_article_written_as_taz_parses_back_to_what_was_generated()
    {
        Gen.Int.Sample(seed =>
        {
            var article = SampleArticleGenerator.Create(seed);
            var result = TazParser.Parse(Encoding.UTF8.GetBytes(TazDumpWriter.Write(article)), "sample.txt");

            Assert.Equal(TazStatus.Article, result.Status);
            Assert.Equal(article.Title, result.Title);
            Assert.Equal(article.Kicker, result.Kicker);
            Assert.Equal(article.Headline, result.Headline);
            Assert.Equal(article.Teaser, result.Teaser);
            Assert.Equal(article.Authors, result.Authors.AsEnumerable());
            Assert.Equal(article.Authors.IsEmpty ? null : article.AuthorRole, result.AuthorRole);
            Assert.Equal(article.Images.Select(i => (i.Caption, i.Credit)), result.Images.Select(i => (i.Caption, i.Credit)));
            Assert.Equal(article.Dateline?.Place, result.Dateline?.Place);
            Assert.Equal(article.Dateline?.Agency, result.Dateline?.Agency);
            Assert.Equal(article.Date, result.Date);
            Assert.Equal(article.Language, result.Language);
            Assert.Equal(
                article.Body.Select(b => (b.IsSubhead, b.Markup)),
                result.Body.Select(b => (b is TazSubhead, b is TazParagraph p ? p.Markup : b.Text)));
            Assert.Equal(
                article.Links.Select(l => (l.Number, l.Href, LinkTarget.ToUrl(l.Href))),
                result.Links.Select(l => (l.Ref, l.Href!, l.Url!)));
            Assert.All(result.Links, l => Assert.NotEmpty(l.Anchors));
            Assert.Equal(article.TagLines.Distinct(), result.Tags.AsEnumerable());
            Assert.Equal(article.Related, result.Related.Select(r => new Publisher.Core.Model.RelatedArticle(r.Title, r.Kicker, r.Headline, r.Teaser)));
            Assert.Empty(result.Diagnostics);
            Assert.InRange(result.WrapWidth!.Value, 1, article.WrapWidth);
        }, iter: 500);
    }

    [Fact]
    public void Given_pictures_every_tenth_markdown_article_shows_one_after_its_first_block()
    {
        var directory = Directory.CreateTempSubdirectory("sample-pictures-");
        try
        {
            SamplePicture[] pictures = [new("a.png", "Ein A", "Unter A"), new("b.jpg", "Ein B", "Unter B")];
            var paths = SampleCorpus.Write(directory.FullName, 40, seed: 5, SampleMix.Markdown, pictures);
            var shown = new List<Publisher.Core.Model.Picture>();
            foreach (var path in paths)
            {
                var bag = new Publisher.Core.Diagnostics.DiagnosticBag();
                var relative = Path.GetRelativePath(directory.FullName, path).Replace('\\', '/');
                var article = new Publisher.Core.Parsing.Markdown.MarkdownArticleParser().Parse(File.ReadAllBytes(path),
                    new Publisher.Core.Parsing.ParseContext(relative, bag, "de", TimeZoneInfo.Utc, new Uri("https://site.example/")))!;
                Assert.Empty(bag.Sorted());
                var pictureBlocks = article.Body.OfType<Publisher.Core.Model.Picture>().ToList();
                if (pictureBlocks.Count > 0) Assert.Same(pictureBlocks[0], article.Body[1]); // after the first block
                shown.AddRange(pictureBlocks);
            }
            Assert.Equal(40 / SampleCorpus.PictureEvery, shown.Count);
            Assert.Equal(["markdown/pictures/a.png", "markdown/pictures/b.jpg", "markdown/pictures/a.png", "markdown/pictures/b.jpg"], shown.Select(p => p.Source));
            Assert.Equal(["Ein A", "Ein B", "Ein A", "Ein B"], shown.Select(p => p.Alt));
            var without = Directory.CreateTempSubdirectory("sample-no-pictures-");
            Assert.DoesNotContain(SampleCorpus.Write(without.FullName, 40, seed: 5, SampleMix.Markdown), p => File.ReadAllText(p).Contains("![")); // none without pictures
            without.Delete(recursive: true);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_same_seed_writes_byte_identical_files()
    {
        var first = Directory.CreateTempSubdirectory("sample-a-");
        var second = Directory.CreateTempSubdirectory("sample-b-");
        try
        {
            var a = SampleCorpus.Write(first.FullName, 30, seed: 7);
            var b = SampleCorpus.Write(second.FullName, 30, seed: 7);

            Assert.Equal(30, a.Count);
            Assert.Equal(27, a.Count(p => p.EndsWith(".txt")));
            Assert.Equal(a.Select(p => Path.GetRelativePath(first.FullName, p)), b.Select(p => Path.GetRelativePath(second.FullName, p)));
            Assert.All(a.Zip(b), pair => Assert.Equal(File.ReadAllBytes(pair.First), File.ReadAllBytes(pair.Second)));
        }
        finally
        {
            first.Delete(recursive: true);
            second.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(SampleMix.Taz, ".txt")]
    [InlineData(SampleMix.Markdown, ".md")]
    public void A_single_format_corpus_has_only_that_format(SampleMix mix, string extension)
    {
        var directory = Directory.CreateTempSubdirectory("sample-mix-");
        try
        {
            var paths = SampleCorpus.Write(directory.FullName, 12, seed: 3, mix);
            Assert.Equal(12, paths.Count);
            Assert.All(paths, p => Assert.EndsWith(extension, p));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Generated_corpus_spreads_over_weeks_languages_and_widths()
    {
        var articles = Enumerable.Range(0, 400).Select(i => SampleArticleGenerator.Create(SampleCorpus.ArticleSeed(1, i))).ToList();

        Assert.True(articles.Select(a => Publisher.Core.Model.IsoWeek.From(a.Date)).Distinct().Count() > 100);
        Assert.Contains(articles, a => a.Language == "en");
        Assert.Contains(articles, a => a.Language == "de");
        Assert.Equal(19, articles.Select(a => a.WrapWidth).Distinct().Count());
        Assert.All(articles, a => Assert.InRange(a.WrapWidth, 60, 78));
    }
}
