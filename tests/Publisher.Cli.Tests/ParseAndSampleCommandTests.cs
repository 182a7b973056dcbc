using System.Text.Json;

namespace Publisher.Cli.Tests;

public class ParseAndSampleCommandTests
{
    private const string Dump = "| # taz.de -- Kicker: Kopf | |\n| > Ein Teaser. | |\n| Berlin taz | Ein Absatz. | |\n| 3 Jan 2021 | |\n| ## TAGS | |\n| Ost/West | |";

    [Fact]
    public void Json_for_one_file_is_an_object_and_for_several_an_array_in_argument_order()
    {
        var dir = CliHarness.ContentFolder(("a.txt", Dump), ("b.txt", ""), ("c.txt", "<html><body>404</body></html>"), ("d.md", CliHarness.Markdown("d")));
        var one = CliHarness.Run("parse", "--json", Path.Combine(dir, "a.txt"));
        Assert.Equal(0, one.Exit);
        var article = JsonDocument.Parse(one.Out).RootElement;
        Assert.Equal("article", article.GetProperty("status").GetString());
        Assert.Equal("Kicker", article.GetProperty("kicker").GetString());
        Assert.Equal("2020-W53", article.GetProperty("iso_week").GetString());
        Assert.Equal("Berlin", article.GetProperty("dateline").GetProperty("place").GetString());

        var many = CliHarness.Run("parse", "--json", Path.Combine(dir, "c.txt"), Path.Combine(dir, "a.txt"), Path.Combine(dir, "b.txt"), Path.Combine(dir, "d.md"));
        Assert.Equal(0, many.Exit);
        var items = JsonDocument.Parse(many.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(["not_article", "article", "empty"], items.Take(3).Select(i => i.GetProperty("status").GetString()));
        Assert.Equal("d", items[3].GetProperty("id").GetString());
    }

    [Fact]
    public void A_draft_parses_as_a_draft_without_a_diagnostic()
    {
        var dir = CliHarness.ContentFolder(("d.md", "---\ntitle: D\ndate: 2026-11-10\ndraft: true\n---\nText.\n"));
        var (exit, stdout, stderr) = CliHarness.Run("parse", "--json", Path.Combine(dir, "d.md"));
        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.Equal("draft", JsonDocument.Parse(stdout).RootElement.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("2026-11-03T14:30:00", "2026-11-03T14:30:00+01:00")]
    [InlineData("2026-07-03 14:30", "2026-07-03T14:30:00+02:00")]
    [InlineData("2026-11-03T14:30:00Z", "2026-11-03T14:30:00+00:00")]
    public void A_markdown_time_without_offset_is_read_in_the_time_zone_of_the_nearest_site_yml(string written, string published)
    {
        var dir = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml + "time_zone: Europe/Berlin\n"),
            ("2026/november/a.md", $"---\ntitle: A\ndate: {written}\n---\nText.\n"));
        var (exit, stdout, stderr) = CliHarness.Run("parse", "--json", Path.Combine(dir, "2026", "november", "a.md"));
        Assert.True(exit == 0, stderr);
        Assert.Equal(published, System.Text.Json.Nodes.JsonNode.Parse(stdout)!["published"]!.GetValue<string>());
    }

    [Fact]
    public void A_markdown_files_id_is_the_builds_whatever_the_path_given()
    {
        var site = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml), ("2026/x.md", "---\ntitle: X\ndate: 2026-11-10\n---\nText.\n"));
        var file = Path.Combine(site, "2026", "x.md");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);
        foreach (var given in new[] { file, relative, Path.Combine(site, "2026", ".", "x.md") })
        {
            var (exit, stdout, stderr) = CliHarness.Run("parse", "--json", given);
            Assert.True(exit == 0, stderr);
            Assert.Equal("2026-x", JsonDocument.Parse(stdout).RootElement.GetProperty("id").GetString());
        }
        var build = CliHarness.Run("build", "--content", site, "--out", Path.Combine(site, "out"), "--formats", "json");
        Assert.True(build.Exit == 0, build.Err);
        Assert.Contains("\"id\": \"2026-x\"", File.ReadAllText(Path.Combine(site, "out", "articles.json")));

        var alone = CliHarness.ContentFolder(("2026/y.md", "---\ntitle: Y\ndate: 2026-11-10\n---\nText.\n"));
        var (_, json, _) = CliHarness.Run("parse", "--json", Path.Combine(alone, "2026", "y.md"));
        Assert.Equal("y", JsonDocument.Parse(json).RootElement.GetProperty("id").GetString()); // no site.yml: below its own folder
    }

    [Theory]
    [InlineData("a.md", "---\ntitle: A\ndate: 2026-11-10\ntags: {a: 1}\n---\nText.\n", ":4: error: front matter field 'tags'")]
    [InlineData("b.md", "---\ntitle: B\ndate: someday\n---\nText.\n", ":3: error: 'someday' is not a date")]
    [InlineData("c.txt", "| # taz.de -- Kicker: Kopf | |\n| Ein Absatz. | |\n| ## TAGS | |\n| Ost/West | |", ":1: error: no date line")]
    public void A_file_with_an_error_exits_one_as_a_build_does_naming_the_file_as_given(string name, string text, string message)
    {
        var dir = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml), ("good.md", CliHarness.Markdown("good")), (name, text));
        var given = Path.Combine(dir, name);
        var (exit, _, stderr) = CliHarness.Run("parse", Path.Combine(dir, "good.md"), given);
        Assert.Equal(1, exit);
        Assert.Contains(given + message, stderr);
        Assert.Equal(1, CliHarness.Run("build", "--content", dir, "--out", Path.Combine(dir, "out"), "--formats", "json").Exit);
        Assert.Equal(0, CliHarness.Run("parse", Path.Combine(dir, "good.md")).Exit);
    }

    [Fact]
    public void A_folder_given_to_parse_is_named_a_folder()
    {
        var dir = CliHarness.ContentFolder(("a.md", CliHarness.Markdown("a")));
        var (exit, stdout, stderr) = CliHarness.Run("parse", dir);
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Equal($"publisher: error: cannot read '{dir}': it is a folder, not a file", stderr.Trim());
    }

    [Fact]
    public void A_missing_file_exits_two_with_one_line_and_prints_no_json()
    {
        var dir = CliHarness.ContentFolder(("a.txt", Dump));
        var (exit, stdout, stderr) = CliHarness.Run("parse", "--json", Path.Combine(dir, "a.txt"), Path.Combine(dir, "missing.txt"));
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("missing.txt", stderr);
    }

    [Fact]
    public void Sample_with_pictures_draws_the_same_files_and_its_books_and_digests_show_them()
    {
        var first = Directory.CreateTempSubdirectory("sample-pictures").FullName;
        var second = Directory.CreateTempSubdirectory("sample-pictures").FullName;
        Assert.Equal(0, CliHarness.Run("sample", "--count", "20", "--out", first, "--input-format", "markdown", "--pictures").Exit);
        Assert.Equal(0, CliHarness.Run("sample", "--count", "20", "--out", second, "--input-format", "markdown", "--pictures").Exit);
        var pictures = Directory.EnumerateFiles(Path.Combine(first, "markdown", "pictures")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(12, pictures.Count);
        Assert.Equal(6, pictures.Count(p => p!.EndsWith(".png")));
        foreach (var name in pictures)
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, "markdown", "pictures", name!)), File.ReadAllBytes(Path.Combine(second, "markdown", "pictures", name!)));

        var output = Path.Combine(first, "..", Path.GetRandomFileName());
        var (exit, _, stderr) = CliHarness.Run("build", "--content", first, "--out", output, "--formats", "epub,pdf");
        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain(": warning: picture", stderr); // every picture read and shown
        var stored = Directory.EnumerateFiles(Path.Combine(output, "epub"), "*.epub", SearchOption.AllDirectories)
            .SelectMany(book => System.IO.Compression.ZipFile.OpenRead(book).Entries.Select(e => e.FullName))
            .Count(entry => entry.StartsWith("EPUB/pictures/", StringComparison.Ordinal));
        Assert.True(stored >= 2, $"{stored} pictures in the books"); // 20 articles: two show one, in their week's book and tag books
        // Image objects are streams, so their dictionaries stand uncompressed in the file.
        var images = Directory.EnumerateFiles(Path.Combine(output, "pdf"), "*.pdf")
            .Sum(pdf => System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf)), "/Subtype/Image"));
        Assert.True(images >= 2, $"{images} images in the digests");
    }

    [Fact]
    public void Sample_is_deterministic_and_its_articles_build_without_errors()
    {
        var first = Directory.CreateTempSubdirectory("sample").FullName;
        var second = Directory.CreateTempSubdirectory("sample").FullName;
        Assert.Equal(0, CliHarness.Run("sample", "--count", "30", "--out", first, "--seed", "7").Exit);
        Assert.Equal(0, CliHarness.Run("sample", "--count", "30", "--out", second, "--seed", "7").Exit);
        var files = Directory.EnumerateFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order().ToList();
        Assert.Contains(files, f => f.EndsWith(".txt"));
        Assert.Contains(files, f => f.EndsWith(".md"));
        foreach (var file in files) Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));

        var (exit, stdout, stderr) = CliHarness.Run("build", "--content", first, "--out", Path.Combine(first, "..", Path.GetRandomFileName()), "--formats", "json");
        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("error", stderr);
        Assert.Contains($"{files.Count} articles", stdout);
    }
}
