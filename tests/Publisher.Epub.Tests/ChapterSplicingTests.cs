using Publisher.Core.Diagnostics;
using Publisher.Epub.Chapters;
using Publisher.Epub.Tests.Support;

namespace Publisher.Epub.Tests;

/// <summary>
/// A chapter is spliced from the chapter template's output and the article's text, which is rendered once per
/// article; a template that does anything else with <c>article_html</c> must still get it as text.
/// </summary>
public class ChapterSplicingTests
{
    [Fact]
    public void An_article_in_several_books_reads_the_same_in_each()
    {
        var corpus = Corpora.Generated(count: 30, weeks: 3);
        var books = Write(corpus, overrides: null);
        List<EpubContents> Holding(Core.Model.Article a) => [.. books.Values.Where(b => b.Names.Contains("EPUB/" + ChapterFiles.Of(a)))];
        var article = corpus.Articles.First(a => Holding(a).Count >= 2 // links to articles of the same book differ by book
            && Holding(a).All(b => !Between(b.Text("EPUB/" + ChapterFiles.Of(a)), "<header>", "<nav class=\"pager\"").Contains("href=\"a-", StringComparison.Ordinal)));
        var holding = Holding(article);

        Assert.True(holding.Count >= 2);
        var bodies = holding.Select(b => Between(b.Text("EPUB/" + ChapterFiles.Of(article)), "<header>", "<nav class=\"pager\"")).ToList();
        Assert.All(bodies, body => Assert.Equal(bodies[0], body));
        Assert.Contains(Markup(article.Headline), bodies[0]);
    }

    [Theory]
    [InlineData("{{ article_html }}<!--again-->{{ article_html }}", 2)]
    [InlineData("{{ if false }}{{ article_html }}{{ end }}no article", 0)]
    [InlineData("{{ article_html | string.size }}", 0)]
    public void A_template_that_does_not_print_the_article_once_gets_it_as_text(string body, int times)
    {
        var overrides = Directory.CreateTempSubdirectory("epub-templates-").FullName;
        Directory.CreateDirectory(Path.Combine(overrides, "epub"));
        File.WriteAllText(Path.Combine(overrides, "epub", "chapter.xhtml.sbn"), $"<html><body>{body}</body></html>\n");
        var corpus = Corpora.Generated(count: 6, weeks: 1);
        var article = corpus.Articles[0];

        var book = Write(corpus, overrides).Values.First(b => b.Names.Contains("EPUB/" + ChapterFiles.Of(article)));

        var page = book.Text("EPUB/" + ChapterFiles.Of(article));
        Assert.False(page.Contains('\0', StringComparison.Ordinal), "the marker is gone");
        Assert.Equal(times, Count(page, "<h1 id=\"headline\">"));
        if (body.Contains("string.size", StringComparison.Ordinal)) Assert.Matches("<body>[0-9]+</body>", page);
    }

    private static Dictionary<string, EpubContents> Write(Core.Grouping.Corpus corpus, string? overrides) =>
        new EpubFormat(BookFiles.Renderer(overrides)).Plan(corpus, new DiagnosticBag()).ToDictionary(j => j.Path.Value, j =>
        {
            using var stream = new MemoryStream();
            j.Write(stream);
            return new EpubContents(stream.ToArray());
        });

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static string Markup(string text) => Publisher.Templating.Markup.Escape(text);
}
