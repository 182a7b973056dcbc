using Publisher.Core.Diagnostics;
using Publisher.Epub.Checks;
using Publisher.Epub.Tests.Support;
using Publisher.Templating;

namespace Publisher.Epub.Tests;

/// <summary>
/// A page rendered from a template the site overrode must be well-formed XML, or its book fails as a template error
/// does: an HTML habit such as <c>&lt;br&gt;</c> made books strict readers refuse. Shipped templates are not checked.
/// </summary>
public class OverriddenTemplateXmlTests
{
    private const string Br = "<p>Ende<br></p>";

    [Fact]
    public void Shipped_templates_and_overrides_outside_the_book_are_not_checked()
    {
        Assert.False(new OverriddenXml(new TemplateSet(RepoPaths.Templates)).Any);
        var overrides = Overrides(("feed/entry.sbn", "x"), ("pdf/digest.sbn", "x"), ("epub/style.css", "p { }"));
        Assert.False(new OverriddenXml(new TemplateSet(RepoPaths.Templates, overrides)).Any);
    }

    [Theory]
    [InlineData("epub/chapter.xhtml.sbn")]
    [InlineData("epub/article.xhtml.sbn")]
    [InlineData("shared/article-body.sbn")]
    public void Chapters_are_checked_when_the_chapter_or_a_template_inside_it_is_overridden(string template)
    {
        var xml = new OverriddenXml(new TemplateSet(RepoPaths.Templates, Overrides((template, Shipped(template)))));
        Assert.True(xml.Chapters);
        Assert.False(xml.Checks(EpubTemplates.Nav));
    }

    [Theory]
    [InlineData("epub/chapter.xhtml.sbn", "{{ article_html }}", "'br'")]
    [InlineData("shared/article-body.sbn", "<p>{{ block.html }}</p>", "'br'")]
    [InlineData("epub/nav.xhtml.sbn", "</nav>", "'br'")]
    [InlineData("epub/contents.xhtml.sbn", "</body>", "'br'")]
    [InlineData("epub/cover.xhtml.sbn", "</body>", "'br'")]
    [InlineData("epub/chapter.xhtml.sbn", "{{ article_html }}", "'nbsp'", "<p>Ende&nbsp;</p>")]
    public void An_override_that_renders_malformed_xhtml_fails_every_book_naming_the_template_and_the_line(string template, string after, string what, string added = Br)
    {
        var shipped = Shipped(template);
        Assert.Contains(after, shipped);
        var overrides = Overrides((template, Insert(shipped, after, added)));
        var jobs = new EpubFormat(BookFiles.Renderer(overrides)).Plan(Corpora.Generated(count: 8, weeks: 2), new DiagnosticBag());

        Assert.NotEmpty(jobs);
        foreach (var job in jobs)
        {
            var error = Assert.Throws<TemplateError>(() => job.Write(new MemoryStream()));
            Assert.Equal(Path.Combine(overrides, template), error.Location);
            Assert.Equal(OverriddenXml.Problem, error.Problem);
            Assert.Matches(@"^EPUB/\S+\.xhtml: .*" + what + @".*[Ll]ine \d+, position \d+", error.Detail);
        }
    }

    [Fact]
    public void A_well_formed_override_builds_books_epubcheck_passes()
    {
        var overrides = Overrides(
            ("epub/chapter.xhtml.sbn", Insert(Shipped("epub/chapter.xhtml.sbn"), "{{ article_html }}", "<p>Ende<br/></p>")),
            ("shared/article-body.sbn", Insert(Shipped("shared/article-body.sbn"), "<p>{{ block.html }}</p>", "<hr/>")));
        var folder = Directory.CreateTempSubdirectory("epub-overridden-").FullName;
        var books = BookFiles.WriteAll(Corpora.Generated(count: 8, weeks: 2), folder, BookFiles.Renderer(overrides));

        var book = EpubContents.Open(books[0]);
        var chapter = book.Text(book.Names.First(n => n.StartsWith("EPUB/a-", StringComparison.Ordinal)));
        Assert.Contains("<p>Ende<br/></p>", chapter);
        Assert.Contains("<hr/>", chapter);
        var results = EpubCheck.Run(books);
        Assert.All(books, book => Assert.True(results[book].Errors == 0, results[book].ToString()));
        Directory.Delete(folder, recursive: true);
    }

    private static string Shipped(string template) => File.ReadAllText(Path.Combine(RepoPaths.Templates, template));

    /// <summary>The text with <paramref name="added"/> on a line after the first <paramref name="after"/>.</summary>
    private static string Insert(string text, string after, string added)
    {
        var at = text.IndexOf(after, StringComparison.Ordinal) + after.Length;
        return text[..at] + "\n" + added + text[at..];
    }

    private static string Overrides(params (string Name, string Text)[] templates)
    {
        var folder = Directory.CreateTempSubdirectory("epub-templates-").FullName;
        foreach (var (name, text) in templates)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        return folder;
    }
}
