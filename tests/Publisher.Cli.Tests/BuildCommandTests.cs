namespace Publisher.Cli.Tests;

public class BuildCommandTests
{
    [Fact]
    public void A_clean_build_exits_zero_and_prints_a_summary()
    {
        var content = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml), ("a.md", CliHarness.Markdown("a")));
        var output = Path.Combine(content, "..", Path.GetRandomFileName());
        var (exit, stdout, stderr) = CliHarness.Run("build", "--content", content, "--out", output);
        Assert.True(exit == 0, stderr);
        Assert.Contains("1 articles, 1 tags, 1 weeks", stdout);
        Assert.True(File.Exists(Path.Combine(output, "feeds", "atom.xml")));
        Assert.True(File.Exists(Path.Combine(output, "epub", "2026-W46.epub")));
        Assert.True(File.Exists(Path.Combine(output, "pdf", "2026-W46.pdf")));
        Assert.False(File.Exists(Path.Combine(output, "articles.json")), "the model dump is built on request only");
    }

    [Fact]
    public void A_bad_file_is_reported_as_file_line_error_and_the_exit_code_is_one()
    {
        var content = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml), ("good.md", CliHarness.Markdown("good")), ("bad.md", "---\ntitle: x\ndate: someday\n---\n"));
        var (exit, stdout, stderr) = CliHarness.Run("build", "--content", content, "--out", Path.Combine(content, "out"));
        Assert.Equal(1, exit);
        Assert.Contains("bad.md:3: error: 'someday' is not a date", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Contains("1 articles", stdout);
    }

    [Fact]
    public void Strict_makes_warnings_fatal_and_writes_nothing()
    {
        var content = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml), ("a.md", CliHarness.Markdown("a") + "\n<script>x()</script>\n"));
        var output = Path.Combine(content, "out");
        var (exit, _, stderr) = CliHarness.Run("build", "--content", content, "--out", output, "--strict");
        Assert.Equal(1, exit);
        Assert.Contains("warning: removed unsafe HTML element <script>", stderr);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("--content", "/no/such/folder", "content folder '/no/such/folder' does not exist")]
    [InlineData("--formats", "json,docx", "unknown format 'docx'")]
    [InlineData("--templates", "/no/such/templates", "templates folder '/no/such/templates' does not exist")]
    public void Unusable_arguments_exit_two_with_one_line(string option, string value, string message)
    {
        var content = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml));
        var args = option == "--content" ? new[] { "build", option, value } : ["build", "--content", content, option, value];
        var (exit, _, stderr) = CliHarness.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Hostile_tags_and_ids_never_make_a_path_outside_the_output_folder()
    {
        var content = CliHarness.ContentFolder(
            ("site.yml", CliHarness.SiteYml),
            ("a.md", "---\ntitle: x\ndate: 2026-11-10\nid: ../../../escape\ntags: [\"../../etc/passwd\", \"<script>alert(1)</script>\", \"..\", \"/abs\"]\n---\nText.\n"));
        var sandbox = Directory.CreateTempSubdirectory("sandbox").FullName;
        var output = Path.Combine(sandbox, "out");
        var (exit, _, stderr) = CliHarness.Run("build", "--content", content, "--out", output);
        Assert.True(exit == 0, stderr);
        var everything = Directory.EnumerateFileSystemEntries(sandbox, "*", SearchOption.AllDirectories).Where(p => p != output).ToList();
        Assert.All(everything, p => Assert.StartsWith(output + Path.DirectorySeparatorChar, p));
        Assert.DoesNotContain(everything, p => p.Contains("..") || p.Contains('<'));
    }

    [Fact]
    public void Help_and_version_exit_zero()
    {
        var help = CliHarness.Run("--help");
        Assert.Equal(0, help.Exit);
        Assert.Contains("build", help.Out);
        var version = CliHarness.Run("--version");
        Assert.Equal(0, version.Exit);
        Assert.Matches(@"\d+\.\d+\.\d+", version.Out);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        var (exit, _, stderr) = CliHarness.Run("frobnicate");
        Assert.NotEqual(0, exit);
        Assert.NotEmpty(stderr);
    }
}
