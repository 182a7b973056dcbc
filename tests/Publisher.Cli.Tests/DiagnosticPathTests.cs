using System.Text.RegularExpressions;

namespace Publisher.Cli.Tests;

/// <summary>
/// Diagnostics name files as the user reaches them from where they stand, as compilers do, so editors, terminals and CI
/// problem matchers open <c>file:line</c>: the <c>--content</c> folder as typed joined with the file's path below it
/// (<c>--templates</c> for templates); the model, its ids and the caches stay relative to the content folder.
/// </summary>
public class DiagnosticPathTests
{
    private const string Warning = "site.yml:3: warning: unknown setting 'bogus' is ignored";
    private const string Error = "sub/bad.md:3: error: 'someday' is not a date";

    [Theory]
    [InlineData("", "c", "c/")]
    [InlineData("", "c/", "c/")]
    [InlineData("", "./c", "./c/")]
    [InlineData("c", ".", "")]
    [InlineData("c", "./", "")]
    [InlineData("elsewhere", "../c", "../c/")]
    [InlineData("", "{root}/c", "{root}/c/")]
    public void A_build_prints_each_file_as_reached_from_the_content_folder_as_typed(string workingFolder, string contentAsTyped, string shownAs)
    {
        var root = Site();
        var content = contentAsTyped.Replace("{root}", root);
        var (exit, _, stderr) = PublisherProcess.Run(Path.Combine(root, workingFolder), "build", "--content", content, "--out", Path.Combine(root, "o"), "--formats", "json", "-q");

        Assert.Equal(1, exit);
        var prefix = shownAs.Replace("{root}", root);
        AssertLinesStartWith([prefix + Warning, prefix + Error], stderr);
    }

    [Fact]
    public void The_caches_keep_content_relative_paths_whatever_the_folder_is_called_on_the_command_line()
    {
        var root = Site();
        SetWriteTimesBack(root); // files written "just now" are not kept in the parse cache
        var first = PublisherProcess.Run(root, "build", "--content", "c", "--out", "o", "--formats", "json", "-q");
        Assert.StartsWith("c/" + Error, Lines(first.Err)[1]);
        var cache = File.ReadAllBytes(Path.Combine(root, "o", ".publisher", "parsed.bin"));
        var model = File.ReadAllBytes(Path.Combine(root, "o", "articles.json"));

        var (exit, stdout, stderr) = PublisherProcess.Run(Path.Combine(root, "c"), "build", "--content", ".", "--out", "../o", "--formats", "json", "-q");

        Assert.Equal(1, exit);
        Assert.Contains("(2 unchanged, not parsed again)", stdout); // the warnings come from the cache, shown from this folder
        AssertLinesStartWith([Warning, Error], stderr);
        Assert.Equal(model, File.ReadAllBytes(Path.Combine(root, "o", "articles.json")));
        var again = PublisherProcess.Run(root, "build", "--content", Path.Combine(root, "c"), "--out", "o", "--formats", "json", "-q");
        Assert.StartsWith($"{root}/c/{Error}", Lines(again.Err)[1]);
        Assert.Contains("(2 unchanged, not parsed again)", again.Out);
        Assert.Equal(cache, File.ReadAllBytes(Path.Combine(root, "o", ".publisher", "parsed.bin")));
    }

    [Theory]
    [InlineData("t")]
    [InlineData("t/")]
    [InlineData("./t")]
    public void A_template_is_printed_from_the_templates_folder_as_typed(string templatesAsTyped)
    {
        var root = Site();
        Directory.CreateDirectory(Path.Combine(root, "t", "feed"));
        File.WriteAllText(Path.Combine(root, "t", "feed", "entry.sbn"), "{{ if article.title }}\n{{ article.title");

        var (exit, _, stderr) = PublisherProcess.Run(root, "build", "--content", "c", "--out", "o", "--formats", "feeds", "--templates", templatesAsTyped, "-q");

        Assert.Equal(1, exit);
        var shown = templatesAsTyped.TrimEnd('/') + "/feed/entry.sbn";
        Assert.Matches($@"^{Regex.Escape(shown)}:\d+:\d+: error: .* \(while writing feeds/", Assert.Single(Lines(stderr), l => l.Contains("entry.sbn", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("", "c/sub/bad.md", "c/site.yml", "c/sub/bad.md")]
    [InlineData("c/sub", "bad.md", "../site.yml", "bad.md")]
    [InlineData("c", "./sub/bad.md", "site.yml", "./sub/bad.md")]
    public void Parse_prints_the_file_as_given_and_its_site_yml_as_reached_from_the_same_place(string workingFolder, string file, string siteShown, string fileShown)
    {
        var root = Site();
        var (exit, _, stderr) = PublisherProcess.Run(Path.Combine(root, workingFolder), "parse", file);

        Assert.Equal(1, exit);
        var lines = Lines(stderr);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.StartsWith(siteShown + Warning["site.yml".Length..], StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(fileShown + Error["sub/bad.md".Length..], StringComparison.Ordinal));
    }

    /// <summary><c>c/site.yml</c> with an unknown setting on line 3, <c>c/sub/bad.md</c> with a bad date on line 3, a good article; an empty <c>elsewhere</c>.</summary>
    private static string Site()
    {
        var root = CliHarness.ContentFolder(
            ("c/site.yml", CliHarness.SiteYml + "bogus: 1\n"),
            ("c/ok.md", CliHarness.Markdown("ok")),
            ("c/sub/bad.md", "---\ntitle: Bad\ndate: someday\n---\nText.\n"));
        Directory.CreateDirectory(Path.Combine(root, "elsewhere"));
        return root;
    }

    private static void SetWriteTimesBack(string root)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "c"), "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
    }

    private static void AssertLinesStartWith(string[] starts, string text)
    {
        var lines = Lines(text);
        Assert.True(lines.Length == starts.Length && starts.Zip(lines).All(p => p.Second.StartsWith(p.First, StringComparison.Ordinal)),
            $"expected lines starting with\n{string.Join('\n', starts)}\nbut got\n{text}");
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
