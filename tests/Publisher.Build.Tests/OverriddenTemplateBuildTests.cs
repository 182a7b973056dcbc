using Publisher.Templating;

namespace Publisher.Build.Tests;

/// <summary>An overridden template that renders XHTML that is not well-formed fails its books as a template error does.</summary>
public class OverriddenTemplateBuildTests
{
    [Fact]
    public void A_chapter_override_with_an_unclosed_br_fails_the_books_once_and_the_last_books_stay()
    {
        var run = new PublisherRun("basic");
        Assert.Equal(0, run.Build(formats: "epub").Errors);
        var before = Books(run);
        run.Templates = Override(run, "<p>Ende<br></p>");

        var failed = run.Build(force: true, "epub");

        Assert.Equal(before.Count, failed.FilesFailed);
        Assert.Equal(0, failed.FilesWritten);
        var error = Assert.Single(failed.Diagnostics, d => d.Severity == Core.Diagnostics.Severity.Error);
        Assert.Equal(Path.Combine(run.Templates, "epub", "chapter.xhtml.sbn"), error.File);
        Assert.Matches($@"^renders XHTML that is not well-formed \(while writing epub/\S+\.epub and {before.Count - 1} other files\): EPUB/\S+\.xhtml: .*'br'.*Line \d+, position \d+", error.Message);
        Assert.Equal(before, Books(run));
    }

    [Fact]
    public void A_first_build_with_a_broken_override_writes_no_book()
    {
        var run = new PublisherRun("basic");
        run.Templates = Override(run, "<p>Ende<br></p>");
        var failed = run.Build(formats: "epub");
        Assert.True(failed.FilesFailed > 0);
        Assert.False(Directory.Exists(Path.Combine(run.Output, "epub")) && Directory.EnumerateFiles(Path.Combine(run.Output, "epub"), "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void A_well_formed_override_builds()
    {
        var run = new PublisherRun("basic");
        run.Templates = Override(run, "<p>Ende<br/></p>");
        var built = run.Build(formats: "epub");
        Assert.Equal(0, built.Errors);
        Assert.Equal(0, built.FilesFailed);
        Assert.NotEmpty(Books(run));
    }

    /// <summary>The shipped chapter template with <paramref name="line"/> after the article.</summary>
    private static string Override(PublisherRun run, string line)
    {
        var templates = Path.Combine(run.Root, "templates");
        Directory.CreateDirectory(Path.Combine(templates, "epub"));
        var chapter = File.ReadAllText(Path.Combine(TemplateSet.ShippedDirectory, "epub", "chapter.xhtml.sbn"));
        File.WriteAllText(Path.Combine(templates, "epub", "chapter.xhtml.sbn"), chapter.Replace("{{ article_html }}", "{{ article_html }}\n" + line, StringComparison.Ordinal));
        return templates;
    }

    private static Dictionary<string, byte[]> Books(PublisherRun run) =>
        run.Snapshot().Where(f => f.Key.StartsWith("epub/", StringComparison.Ordinal)).ToDictionary();
}
