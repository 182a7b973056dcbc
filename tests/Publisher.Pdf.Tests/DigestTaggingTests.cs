namespace Publisher.Pdf.Tests;

/// <summary>
/// The digest is a tagged PDF a screen reader can follow: each article an Art element under the document, in print
/// order, with its own /Lang where it is not in the site's language, its headline an H2, the sections' names H1.
/// </summary>
public sealed class DigestTaggingTests(DigestFixture fixture) : IClassFixture<DigestFixture>
{
    [Fact]
    public void Each_article_is_an_Art_element_in_print_order_with_its_language_where_it_differs()
    {
        var tree = TaggedStructure.Read(fixture.PdfPath);
        Assert.Empty(tree.Problems);
        var articles = tree.Root!.Children.Where(e => e.Role == "Art").ToList();
        var printed = fixture.View.Sections.SelectMany(section => section.Articles).ToList();
        Assert.Equal(printed.Count, articles.Count);
        for (var i = 0; i < printed.Count; i++)
        {
            var article = printed[i].Article;
            Assert.Equal(article.Language == fixture.Corpus.Site.Language ? null : article.Language, articles[i].Language);
            var headline = Assert.Single(articles[i].Children, e => e.Role == "H2");
            Assert.Equal(FoldedText(article.Headline), FoldedText(headline.Text));
        }
        Assert.Contains(articles, a => a.Language == "en");
        Assert.Equal(fixture.View.Sections.Select(s => FoldedText(s.Name)),
            tree.Root.Children.Where(e => e.Role == "H1").Skip(1).Select(e => FoldedText(e.Text))); // the first: the contents'
    }

    [Fact]
    public void The_contents_are_a_TOC_and_the_running_header_and_footer_are_artifacts()
    {
        var tree = TaggedStructure.Read(fixture.PdfPath);
        var toc = Assert.Single(tree.Root!.Children, e => e.Role == "TOC");
        Assert.Equal(fixture.View.Toc.Count, toc.Children.Count(e => e.Role == "TOCI"));
        Assert.All(toc.Children.Where(e => e.Role == "TOCI"), item => Assert.Equal("Link", item.Children.Single().Role));
        var last = fixture.Result.Plan.PageCount;
        Assert.Contains($"{last}von{last}", FoldedText(tree.ArtifactText[last]));
        Assert.All(tree.UnmarkedText.Values, text => Assert.Equal("", text));
        Assert.All(tree.Links, link => Assert.False(string.IsNullOrWhiteSpace(link.Contents)));
    }

    private static string FoldedText(string text) => DigestFixture.Normalize(text);
}
