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
        Assert.Contains("1 file: 1 article, 1 tag, 1 week → ", stdout); // singular for 1
        Assert.Contains("; 0 errors, 0 warnings;", stdout);
        Assert.True(File.Exists(Path.Combine(output, "feeds", "atom.xml")));
        Assert.True(File.Exists(Path.Combine(output, "epub", "2026-W46.epub")));
        Assert.True(File.Exists(Path.Combine(output, "pdf", "2026-W46.pdf")));
        Assert.False(File.Exists(Path.Combine(output, "articles.json")), "the model dump is built on request only");
    }

    [Fact]
    public void Quiet_prints_only_the_problems_and_the_summary()
    {
        var content = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml), ("a.md", CliHarness.Markdown("a") + "\n<script>x()</script>\n"));
        var (exit, stdout, stderr) = CliHarness.Run("build", "--content", content, "--out", Path.Combine(content, "out"), "--quiet");
        Assert.True(exit == 0, stderr);
        Assert.Equal([$"{content}/a.md:9: warning: removed unsafe HTML element <script>"], stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()));
        Assert.Contains("1 file: 1 article, 1 tag, 1 week → ", stdout);
        Assert.True(File.Exists(Path.Combine(content, "out", "feeds", "atom.xml")));
    }

    [Fact]
    public void A_tag_spelled_another_way_is_reported_on_the_line_of_its_articles_tags()
    {
        // Most articles say Ost/West: that is the tag's name.
        var content = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml), ("a.md", CliHarness.Markdown("a", "[Ost/West]")),
            ("b.md", CliHarness.Markdown("b", "[Ost/West]")), ("c.md", "---\ntitle: c\ndate: 2026-11-10\nid: c\nauthors: [X]\ntags:\n  - Kultur\n  - Ost-West\n---\nText.\n"));
        var (exit, _, stderr) = CliHarness.Run("build", "--content", content, "--out", Path.Combine(content, "out"), "--quiet", "--formats", "feeds");
        Assert.True(exit == 0, stderr);
        Assert.Equal([$"{content}/c.md:6: warning: tag 'Ost-West' is the tag 'Ost/West' (both are 'ost-west' in addresses); its articles are filed under 'Ost/West'"],
            stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()));
    }

    [Fact]
    public void A_bad_file_is_reported_as_file_line_error_and_the_exit_code_is_one()
    {
        var content = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml), ("good.md", CliHarness.Markdown("good")), ("bad.md", "---\ntitle: x\ndate: someday\n---\n"));
        var (exit, stdout, stderr) = CliHarness.Run("build", "--content", content, "--out", Path.Combine(content, "out"));
        Assert.Equal(1, exit);
        Assert.Contains($"{content}/bad.md:3: error: 'someday' is not a date", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Contains("2 files: 1 article, 1 tag, 1 week", stdout);
        Assert.Contains("; 1 error, 0 warnings;", stdout);
    }

    [Fact]
    public void Strict_makes_warnings_fatal_and_writes_nothing()
    {
        var content = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml), ("a.md", CliHarness.Markdown("a") + "\n<script>x()</script>\n"));
        var output = Path.Combine(content, "out");
        var (exit, stdout, stderr) = CliHarness.Run("build", "--content", content, "--out", output, "--strict");
        Assert.Equal(1, exit);
        Assert.Contains("warning: removed unsafe HTML element <script>", stderr);
        Assert.False(Directory.Exists(output));
        Assert.Equal("--strict: 1 warning counts as an error; nothing was written", stdout.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void Strict_says_at_the_end_that_its_warnings_and_errors_stopped_the_build()
    {
        var content = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml), ("a.md", CliHarness.Markdown("a") + "\n<script>x()</script>\n<iframe></iframe>\n"));
        var output = Path.Combine(content, "out");
        var (exit, stdout, _) = CliHarness.Run("build", "--content", content, "--out", output, "--strict");
        Assert.Equal(1, exit);
        Assert.Equal("--strict: 2 warnings count as errors; nothing was written", stdout.TrimEnd().Split('\n')[^1]);

        File.WriteAllText(Path.Combine(content, "b.md"), "---\ntitle: b\n---\n");
        (exit, stdout, _) = CliHarness.Run("build", "--content", content, "--out", output, "--strict");
        Assert.Equal(1, exit);
        Assert.Equal("--strict: 1 error, and 2 warnings count as errors; nothing was written", stdout.TrimEnd().Split('\n')[^1]);

        File.WriteAllText(Path.Combine(content, "a.md"), CliHarness.Markdown("a"));
        (exit, stdout, _) = CliHarness.Run("build", "--content", content, "--out", output, "--strict");
        Assert.Equal(1, exit);
        Assert.Equal("--strict: the build stops at 1 error; nothing was written", stdout.TrimEnd().Split('\n')[^1]);

        (exit, stdout, _) = CliHarness.Run("build", "--content", content, "--out", output);
        Assert.Equal(1, exit);
        Assert.DoesNotContain("--strict", stdout);
        Assert.True(Directory.Exists(output));
    }

    [Fact]
    public void A_blog_with_pictures_builds_under_strict()
    {
        var content = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml), ("a.md", CliHarness.Markdown("a")),
            ("images/markthalle.gif", "GIF89a"), ("images/stand.JPG", "?"), ("style/site.css", "body {}"));
        var output = Path.Combine(content, "..", Path.GetRandomFileName());
        var (exit, stdout, stderr) = CliHarness.Run("build", "--content", content, "--out", output, "--strict", "--formats", "feeds");
        Assert.True(exit == 0, stderr + stdout);
        Assert.DoesNotContain("warning", stderr);
        Assert.True(File.Exists(Path.Combine(output, "feeds", "atom.xml")));
    }

    [Fact]
    public void The_summary_counts_files_apart_from_articles_so_a_draft_is_no_missing_article()
    {
        var draft = "---\ntitle: Entwurf\ndate: 2026-11-11\nid: entwurf\ndraft: true\n---\nNoch nicht.\n";
        var content = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml), ("a.md", CliHarness.Markdown("a")), ("b.md", CliHarness.Markdown("b")), ("entwurf.md", draft));
        foreach (var file in Directory.GetFiles(content)) File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-5)); // old enough to be trusted unchanged
        var output = Path.Combine(content, "..", Path.GetRandomFileName());
        var (exit, stdout, stderr) = CliHarness.Run("build", "--content", content, "--out", output, "--formats", "json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("3 files: 2 articles, 1 tag, 1 week → ", stdout);
        (exit, stdout, stderr) = CliHarness.Run("build", "--content", content, "--out", output, "--formats", "json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("3 files (3 unchanged, not parsed again): 2 articles, 1 tag, 1 week → ", stdout);
    }

    [Fact]
    public void A_template_that_fails_on_every_book_is_one_error_and_the_last_books_stay()
    {
        // Twelve articles in twelve weeks under three tags: fifteen books, written in parallel, all failing on one line.
        var articles = Enumerable.Range(0, 12).Select(i =>
            ($"a{i}.md", $"---\ntitle: A{i}\ndate: 2026-{9 + i / 4:00}-{1 + 7 * (i % 4):00}\nid: a{i}\ntags: [T{i % 3}]\n---\nText.\n"));
        var content = CliHarness.ContentFolder([("site.yml", CliHarness.SiteYml), .. articles]);
        var output = Path.Combine(content, "out");
        var (exit, _, stderr) = CliHarness.Run("build", "--content", content, "--out", output, "--formats", "epub");
        Assert.True(exit == 0, stderr);
        var books = Directory.GetFiles(Path.Combine(output, "epub"), "*.epub", SearchOption.AllDirectories).Order().ToList();
        var before = books.Select(File.ReadAllBytes).ToList();

        var templates = Path.Combine(content, "templates", "epub");
        Directory.CreateDirectory(templates);
        var chapter = File.ReadAllText(Path.Combine(Publisher.Templating.TemplateSet.ShippedDirectory, "epub", "chapter.xhtml.sbn"));
        File.WriteAllText(Path.Combine(templates, "chapter.xhtml.sbn"), chapter.Replace("{{ chapter.headline | escape }}", "{{ book.nosuch | escape }}"));
        for (var run = 0; run < 3; run++) // the failures come from parallel writers: a race shows in some runs, not all
        {
            var (failed, stdout, errors) = CliHarness.Run("build", "--content", content, "--out", output, "--formats", "epub", "--templates", Path.GetDirectoryName(templates)!, "--force");
            Assert.Equal(1, failed);
            var error = Assert.Single(errors.Split('\n'), line => line.Contains("error:", StringComparison.Ordinal));
            Assert.Matches($@"chapter\.xhtml\.sbn:\d+:\d+: error: .*nosuch.* \(while writing epub/\S+\.epub and {books.Count - 1} other files\)$", error);
            Assert.Contains($"0 written, 0 unchanged", stdout);
            Assert.Equal(before, books.Select(File.ReadAllBytes).ToList());
        }

        var (again, _, last) = CliHarness.Run("build", "--content", content, "--out", output, "--formats", "epub");
        Assert.True(again == 0, last);
        Assert.Equal(before, books.Select(File.ReadAllBytes).ToList());
    }

    [Fact]
    public void A_template_that_does_not_parse_is_one_error_and_its_files_count_as_failed()
    {
        var content = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml), ("a.md", CliHarness.Markdown("a")), ("b.md", CliHarness.Markdown("b")));
        var output = Path.Combine(content, "out");
        var (exit, _, stderr) = CliHarness.Run("build", "--content", content, "--out", output, "--formats", "feeds");
        Assert.True(exit == 0, stderr);
        var templates = Path.Combine(content, "templates", "feed");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "entry.sbn"), "{{ if article.title }}\n{{ article.title");
        var (failed, stdout, errors) = CliHarness.Run("build", "--content", content, "--out", output, "--formats", "feeds",
            "--templates", Path.GetDirectoryName(templates)!, "--force");
        Assert.Equal(1, failed);
        var error = Assert.Single(errors.Split('\n'), line => line.Contains("error:", StringComparison.Ordinal));
        Assert.Matches(@"entry\.sbn:\d+:\d+: error: .* \(while writing feeds/\S+ and \d+ other files\)$", error);
        Assert.Matches(@"1 written, 0 unchanged, 0 deleted, \d+ failed; 1 error, 0 warnings", stdout); // the feed list, feeds.opml, uses no template
    }

    [Fact]
    public void Site_settings_with_an_error_stop_the_build_before_it_rewrites_anything()
    {
        var content = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml), ("a.md", CliHarness.Markdown("a")));
        var output = Path.Combine(content, "out");
        var (exit, _, stderr) = CliHarness.Run("build", "--content", content, "--out", output, "--formats", "feeds");
        Assert.True(exit == 0, stderr);
        var feeds = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Order().ToList();
        var before = feeds.Select(File.ReadAllBytes).ToList();
        File.WriteAllText(Path.Combine(content, "site.yml"), "title: \"Stadtbote\nbase_url: https://example.org/\n");
        var (stopped, stdout, errors) = CliHarness.Run("build", "--content", content, "--out", output, "--formats", "feeds", "--force");
        Assert.Equal(2, stopped);
        Assert.Contains("site.yml:", errors);
        Assert.Contains("nothing built", stdout);
        Assert.Equal(before, feeds.Select(File.ReadAllBytes).ToList());
    }

    [Fact]
    public void An_output_folder_that_cannot_be_made_stops_the_build_with_one_error()
    {
        var content = CliHarness.ContentFolder(("site.yml", CliHarness.SiteYml), ("a.md", CliHarness.Markdown("a")));
        var file = Path.Combine(content, "a-file");
        File.WriteAllText(file, "not a folder");
        var (exit, stdout, stderr) = CliHarness.Run("build", "--content", content, "--out", Path.Combine(file, "out"));
        Assert.Equal(2, exit);
        Assert.Contains("error: cannot write the output folder", stderr);
        Assert.DoesNotContain("Exception", stderr + stdout);
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

    [Theory]
    [InlineData("", "is the content folder")]
    [InlineData("/", "is the content folder")]
    [InlineData("/./sub/..", "is the content folder")]
    [InlineData("link", "is the content folder")]
    [InlineData("link/", "is the content folder")]
    [InlineData("/..", "is inside 'feeds' of the output folder")]
    public void An_output_folder_that_puts_the_outputs_among_the_articles_is_a_usage_error(string output, string message)
    {
        var parent = Directory.CreateTempSubdirectory("overlap").FullName;
        var content = Path.Combine(parent, "feeds"); // an output folder's own feeds folder, in the ".." case
        Directory.CreateDirectory(Path.Combine(content, "sub"));
        File.WriteAllText(Path.Combine(content, "site.yml"), CliHarness.SiteYml);
        File.WriteAllText(Path.Combine(content, "a.md"), CliHarness.Markdown("a"));
        Directory.CreateSymbolicLink(Path.Combine(parent, "link"), content);
        var outputFolder = output.StartsWith("link", StringComparison.Ordinal) ? Path.Combine(parent, output) : content + output;

        var (exit, stdout, stderr) = CliHarness.Run("build", "--content", content, "--out", outputFolder);

        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Equal("", stdout);
        Assert.Equal(["a.md", "site.yml", "sub"], Directory.EnumerateFileSystemEntries(content).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void An_output_folder_that_holds_the_content_folder_elsewhere_is_fine()
    {
        var parent = Directory.CreateTempSubdirectory("overlap").FullName;
        var content = Path.Combine(parent, "content");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "site.yml"), CliHarness.SiteYml);
        File.WriteAllText(Path.Combine(content, "a.md"), CliHarness.Markdown("a"));
        var (exit, _, stderr) = CliHarness.Run("build", "--content", content, "--out", parent, "--strict");
        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(parent, "feeds", "atom.xml")));
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

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("build", "--bogus")]
    [InlineData("sample", "--count", "abc", "--out", "x")]
    public void A_command_line_that_does_not_parse_is_a_usage_error(params string[] args)
    {
        var (exit, _, stderr) = CliHarness.Run(args);
        Assert.Equal(2, exit);
        Assert.StartsWith("publisher: error: ", stderr);
        Assert.Contains("publisher --help", stderr);
    }
}
