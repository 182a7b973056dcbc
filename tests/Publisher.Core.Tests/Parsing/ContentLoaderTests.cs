using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;

namespace Publisher.Core.Tests.Parsing;

public class ContentLoaderTests
{
    private static string Folder(params (string Path, string Text)[] files)
    {
        var root = Directory.CreateTempSubdirectory("content").FullName;
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return root;
    }

    private static string Md(string id) => $"---\ntitle: {id}\ndate: 2026-11-10\nid: {id}\n---\nText.";

    [Fact]
    public void Reads_sub_folders_in_path_order_and_skips_site_files()
    {
        var root = Folder(("b/two.md", Md("two")), ("a/one.md", Md("one")), ("site.yml", "title: x"), ("README.md", "# read me"), (".hidden/x.md", Md("x")));
        var diagnostics = new DiagnosticBag();
        var articles = new ContentLoader([new MarkdownArticleParser()]).Load(root, new Site(), diagnostics);
        Assert.Equal(["one", "two"], articles.Select(a => a.Id.ToString()));
        Assert.Equal("a/one.md", articles[0].Source.RelativePath);
        Assert.Empty(diagnostics.Sorted());
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/./")]
    [InlineData("/a/..")]
    public void Paths_are_relative_to_the_folder_however_it_is_written(string suffix)
    {
        var root = Folder(("a/b/c/deep.md", Md("deep")), ("top.md", Md("top")), ("a/.x/hidden.md", Md("hidden")), ("a/x.doc", "?"));
        var diagnostics = new DiagnosticBag();
        var articles = new ContentLoader([new MarkdownArticleParser()]).Load(root + suffix, new Site(), diagnostics);
        Assert.Equal(["a/b/c/deep.md", "top.md"], articles.Select(a => a.Source.RelativePath));
        Assert.Equal("a/x.doc", Assert.Single(diagnostics.Sorted()).File);
    }

    [Fact]
    public void A_duplicate_id_is_an_error_naming_both_files_and_the_second_is_skipped()
    {
        var root = Folder(("a.md", Md("same")), ("b.md", Md("same")));
        var diagnostics = new DiagnosticBag();
        var articles = new ContentLoader([new MarkdownArticleParser()]).Load(root, new Site(), diagnostics);
        Assert.Single(articles);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("b.md:1: error: duplicate article id 'same': already used by a.md; this file is skipped", error.ToString());
    }

    [Fact]
    public void Bad_files_are_reported_and_the_rest_still_loads()
    {
        var root = Folder(("good.md", Md("good")), ("bad.md", "---\ntitle: x\n---\n"), ("photo.jpg", "\u00ff\u00d8"));
        var diagnostics = new DiagnosticBag();
        var articles = new ContentLoader([new MarkdownArticleParser()]).Load(root, new Site(), diagnostics);
        Assert.Single(articles);
        Assert.Contains(diagnostics.Sorted(), d => d.File == "bad.md" && d.Severity == Severity.Error);
        Assert.Contains(diagnostics.Sorted(), d => d.File == "photo.jpg" && d.Severity == Severity.Warning);
    }
}
