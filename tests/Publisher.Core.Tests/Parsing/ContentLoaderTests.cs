using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Tests.Parsing;

public class ContentLoaderTests
{
    private static string Folder(params (string Path, string Text)[] files) => ContentFolder.Write("content", files);

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

    [Fact]
    public void A_folder_that_is_a_symbolic_link_is_not_followed_and_says_so()
    {
        var root = Folder(("sub/one.md", Md("one")), ("elsewhere/two.md", Md("two")));
        Directory.CreateSymbolicLink(Path.Combine(root, "sub", "loop"), root); // leads back to the content folder
        Directory.CreateSymbolicLink(Path.Combine(root, "linked"), Path.Combine(root, "elsewhere"));
        var diagnostics = new DiagnosticBag();
        var articles = new ContentLoader([new MarkdownArticleParser()]).Load(root, new Site(), diagnostics);
        Assert.Equal(["two", "one"], articles.Select(a => a.Id.ToString()));
        Assert.Equal(
        [
            "linked: warning: folder is a symbolic link; not read (it could lead back into the content folder)",
            "sub/loop: warning: folder is a symbolic link; not read (it could lead back into the content folder)",
        ], diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void A_folder_that_cannot_be_listed_is_an_error_naming_it()
    {
        var root = Folder(("one.md", Md("one")), ("2026/sub.md", Md("sub")), ("2026/deeper/x.md", Md("x")), ("2027/two.md", Md("two")));
        var diagnostics = new DiagnosticBag();
        var loader = new ContentLoader([new MarkdownArticleParser()])
        {
            // As chmod 000 makes it for anyone but root: opendir fails with EACCES.
            ListingFolder = path => { if (Path.GetFileName(path) == "2026") throw new UnauthorizedAccessException($"Access to the path '{path}' is denied."); },
        };
        var load = loader.Load(root, new Site(), diagnostics, previous: null);
        Assert.Equal(["two", "one"], load.Articles.Select(a => a.Id.ToString()));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((Severity.Error, "2026"), (error.Severity, error.File));
        Assert.StartsWith("cannot read folder: ", error.Message);
        Assert.Equal(["2026"], load.Unreadable.AsEnumerable());
    }

    [Fact]
    public void A_folder_without_permission_to_list_it_is_an_error_for_a_user_it_denies()
    {
        if (OperatingSystem.IsWindows()) return; // no Unix modes
        var root = Folder(("one.md", Md("one")), ("2026/sub.md", Md("sub")));
        var locked = Path.Combine(root, "2026");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var denied = !CanList(locked); // root may list it anyway, and then reads it
            var diagnostics = new DiagnosticBag();
            var articles = new ContentLoader([new MarkdownArticleParser()]).Load(root, new Site(), diagnostics);
            Assert.Equal(denied ? ["one"] : ["sub", "one"], articles.Select(a => a.Id.ToString()));
            Assert.Equal(denied ? ["2026: error: cannot read folder"] : [], diagnostics.Sorted().Select(d => d.ToString().Split(':')[..3]).Select(p => string.Join(':', p)));
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static bool CanList(string folder)
    {
        try
        {
            _ = Directory.EnumerateFileSystemEntries(folder).Count();
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [Fact]
    public async Task A_fifo_is_skipped_with_a_warning_without_being_opened_and_a_dangling_link_says_so()
    {
        if (OperatingSystem.IsWindows()) return; // no FIFOs among files
        var root = Folder(("one.md", Md("one")));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(root, "pipe.md")))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }
        File.CreateSymbolicLink(Path.Combine(root, "dangling.md"), "gone.md");
        var diagnostics = new DiagnosticBag();
        var loading = Task.Run(() => new ContentLoader([new MarkdownArticleParser()]).Load(root, new Site(), diagnostics, previous: null));
        var load = await loading.WaitAsync(TimeSpan.FromSeconds(30)); // opening the FIFO would wait for a writer forever
        Assert.Equal(["one"], load.Articles.Select(a => a.Id.ToString()));
        Assert.Equal(["dangling.md"], load.Unreadable.AsEnumerable()); // a FIFO holds no article: nothing is missing for it
        Assert.Equal(
        [
            "dangling.md: error: cannot read file: it is a symbolic link to 'gone.md', which does not exist",
            "pipe.md: warning: not a regular file (a FIFO, socket or device); skipped",
        ], diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void A_file_the_last_build_read_that_cannot_be_read_now_is_an_error_that_says_why_not_its_old_result()
    {
        if (OperatingSystem.IsWindows()) return; // symbolic links need rights there
        var root = Folder(("one.md", Md("one")), ("two.md", Md("two")));
        var loader = new ContentLoader([new MarkdownArticleParser()]);
        var previous = loader.Load(root, new Site(), new DiagnosticBag(), previous: null).Files.ToDictionary(f => f.RelativePath);
        File.Delete(Path.Combine(root, "two.md"));
        File.CreateSymbolicLink(Path.Combine(root, "two.md"), "/nonexistent/share/two.md"); // a share not mounted

        var diagnostics = new DiagnosticBag();
        var load = loader.Load(root, new Site(), diagnostics, previous);

        Assert.Equal(["one"], load.Articles.Select(a => a.Id.ToString()));
        Assert.Equal(1, load.Reused);
        Assert.Equal(["two.md"], load.Unreadable.AsEnumerable());
        Assert.Equal(["two.md: error: cannot read file: it is a symbolic link to '/nonexistent/share/two.md', which does not exist"],
            diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Excluded_folders_inside_the_content_folder_are_not_read_and_articles_there_are_warned_of()
    {
        var root = Folder(("one.md", Md("one")), ("out/feeds/atom.xml", "<feed/>"), ("out/x.md", Md("x")), ("out/epub/y.txt", "text"),
            ("templates/feed/entry.sbn", "{{ x }}"), ("templates/pdf/README.md", "# About"));
        var diagnostics = new DiagnosticBag();
        var loader = new ContentLoader([new MarkdownArticleParser(), new TazArticleParser()]) { Excluded = [Path.Combine(root, "out"), Path.Combine(root, "templates") + "/"] };
        Assert.Equal(["one"], loader.Load(root, new Site(), diagnostics).Select(a => a.Id.ToString()));
        Assert.Equal(
        [
            "out/epub/y.txt: warning: not read: it lies in the output or templates folder (--out, --templates), which a build never reads for articles",
            "out/x.md: warning: not read: it lies in the output or templates folder (--out, --templates), which a build never reads for articles",
        ], diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Assets_of_the_site_are_skipped_quietly_and_other_unknown_files_are_warned_about()
    {
        var root = Folder(("one.md", Md("one")), ("images/markthalle.gif", "GIF89a"), ("images/Logo.PNG", "?"), ("bilder/foto.jpeg", "?"),
            ("style/site.css", "body {}"), ("js/menu.js", "x()"), ("fonts/serif.woff2", "?"), ("docs/plan.pdf", "%PDF"), ("audio/interview.mp3", "?"),
            ("notes.docx", "?"), ("post.mdx", Md("post")), ("LICENSE", "?"));
        var diagnostics = new DiagnosticBag();
        var articles = new ContentLoader([new MarkdownArticleParser()]).Load(root, new Site(), diagnostics);
        Assert.Equal(["one"], articles.Select(a => a.Id.ToString()));
        Assert.Equal(["LICENSE", "notes.docx", "post.mdx"], diagnostics.Sorted().Select(d => d.File));
        Assert.All(diagnostics.Sorted(), d => Assert.Equal("not an article format this build reads (.md, .txt); ignored", d.Message));
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

    private const string NoId = "---\ntitle: T\ndate: 2026-11-10\n---\nText.";

    [Fact]
    public void Long_paths_that_differ_only_at_the_end_get_distinct_ids_from_their_paths()
    {
        var folder = "berlin/verkehr/oeffentlicher-nahverkehr/strassenbahn/2026/november/";
        var root = Folder((folder + "tram-nach-tegel-wird-spaeter-fertig-teil-1.md", NoId), (folder + "tram-nach-tegel-wird-spaeter-fertig-teil-2.md", NoId));
        var diagnostics = new DiagnosticBag();
        var articles = new ContentLoader([new MarkdownArticleParser()]).Load(root, new Site(), diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(2, articles.Length);
        Assert.NotEqual(articles[0].Id, articles[1].Id);
        Assert.All(articles, a =>
        {
            Assert.Matches("^berlin-verkehr-oeffentlicher-nahverkehr-strassenbahn-2026-november-t[a-z0-9-]*-[0-9a-f]{8}$", a.Id.ToString());
            Assert.InRange(a.Id.ToString().Length, 1, 80);
            Assert.Equal(a.Id.Value, a.Slug);
            Assert.True(Slug.TryParse(a.Id.ToString(), out _));
        });
    }

    [Fact]
    public void Paths_whose_slugs_meet_keep_both_files_and_the_first_keeps_its_id()
    {
        var root = Folder(("a/q.md", NoId), ("a/q_.md", NoId), ("a/Q.txt", "# taz.de -- Probe: Q\nText.\n10 Nov 2026"), ("b.md", NoId));
        var diagnostics = new DiagnosticBag();
        var articles = new ContentLoader([new MarkdownArticleParser(), new Publisher.Core.Parsing.Taz.TazArticleParser()]).Load(root, new Site(), diagnostics);
        Assert.Equal(["a/Q.txt", "a/q.md", "a/q_.md", "b.md"], articles.Select(a => a.Source.RelativePath));
        Assert.Equal("a-q", articles[0].Id.ToString());
        Assert.Matches("^a-q-[0-9a-f]{8}$", articles[1].Id.ToString());
        Assert.Matches("^a-q-[0-9a-f]{8}$", articles[2].Id.ToString());
        Assert.NotEqual(articles[1].Id, articles[2].Id);
        Assert.Equal("b", articles[3].Id.ToString());
        Assert.Equal(
        [
            $"a/q.md:1: warning: its id would be 'a-q', which a/Q.txt, published at the same time and earlier in path order, has from its path too; it is '{articles[1].Id}' now, and its feed entries and links change with it: rename one of the files, or give a/Q.txt an id of its own, to keep 'a-q'",
            $"a/q_.md:1: warning: its id would be 'a-q', which a/Q.txt, published at the same time and earlier in path order, has from its path too; it is '{articles[2].Id}' now, and its feed entries and links change with it: rename one of the files, or give a/Q.txt an id of its own, to keep 'a-q'",
        ], diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Of_two_paths_whose_slugs_meet_the_older_article_keeps_its_id_so_a_new_file_takes_no_old_address()
    {
        var root = Folder(
            ("a/q_.md", "---\ntitle: Alt\ndate: 2026-11-10\n---\nText."),
            ("a/q.md", "---\ntitle: Neu\ndate: 2026-11-10T18:00:00+01:00\n---\nText."));
        var diagnostics = new DiagnosticBag();
        var articles = new ContentLoader([new MarkdownArticleParser()]).Load(root, new Site(), diagnostics);
        Assert.Equal(["a/q.md", "a/q_.md"], articles.Select(a => a.Source.RelativePath)); // path order, as always
        Assert.Equal("a-q", articles[1].Id.ToString()); // the old article, though later in path order
        Assert.Matches("^a-q-[0-9a-f]{8}$", articles[0].Id.ToString());
        Assert.Equal([$"a/q.md:1: warning: its id would be 'a-q', which a/q_.md, published before it, has from its path too; it is '{articles[0].Id}' now, and its feed entries and links change with it: rename one of the files, or give a/q_.md an id of its own, to keep 'a-q'"],
            diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void An_id_from_a_path_gives_way_to_the_same_id_written_in_another_file()
    {
        var root = Folder(("a/q.md", NoId), ("z.md", Md("a-q")));
        var diagnostics = new DiagnosticBag();
        var articles = new ContentLoader([new MarkdownArticleParser()]).Load(root, new Site(), diagnostics);
        Assert.Matches("^a-q-[0-9a-f]{8}$", articles[0].Id.ToString());
        Assert.Equal("a-q", articles[1].Id.ToString());
        Assert.Equal([$"a/q.md:1: warning: its id would be 'a-q', which z.md claims (id: a-q); it is '{articles[0].Id}' now, and its feed entries and links change with it: give z.md another id to keep 'a-q'"],
            diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void A_new_file_that_takes_an_articles_id_warns_on_the_article_that_lost_it()
    {
        // b.md was published as 'b'; then a.md arrives with id: b, and x.md beside the taz dump x.txt.
        var root = Folder(("b.md", NoId), ("x.txt", "# taz.de -- Probe: X\nText.\n10 Nov 2026"));
        var before = new ContentLoader([new MarkdownArticleParser(), new Publisher.Core.Parsing.Taz.TazArticleParser()]).Load(root, new Site(), new DiagnosticBag());
        Assert.Equal(["b", "x"], before.Select(a => a.Id.ToString()));

        File.WriteAllText(Path.Combine(root, "a.md"), Md("b"));
        File.WriteAllText(Path.Combine(root, "x.md"), NoId);
        var diagnostics = new DiagnosticBag();
        var after = new ContentLoader([new MarkdownArticleParser(), new Publisher.Core.Parsing.Taz.TazArticleParser()]).Load(root, new Site(), diagnostics);
        Assert.Equal(["a.md", "b.md", "x.md", "x.txt"], after.Select(a => a.Source.RelativePath));
        Assert.Equal(["b", ArticleId.FromPath("b.md", distinct: true).ToString(), "x", ArticleId.FromPath("x.txt", distinct: true).ToString()], after.Select(a => a.Id.ToString()));
        Assert.Equal(
        [
            $"b.md:1: warning: its id would be 'b', which a.md claims (id: b); it is '{after[1].Id}' now, and its feed entries and links change with it: give a.md another id to keep 'b'",
            $"x.txt:1: warning: its id would be 'x', which x.md, published at the same time and earlier in path order, has from its path too; it is '{after[3].Id}' now, and its feed entries and links change with it: rename one of the files, or give x.md an id of its own, to keep 'x'",
        ], diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Ids_from_paths_that_met_no_other_stay_as_they_were()
    {
        Assert.Equal("2026-11-02-theater-neukoelln-kultur", ArticleId.FromPath("2026-11-02-theater-neukoelln-kultur.md").ToString());
        Assert.Equal("2026-ueber-uns", ArticleId.FromPath("2026/Über Uns.md").ToString());
        Assert.Equal("2026-ueber-uns", ArticleId.FromPath("2026/U\u0308ber Uns.md").ToString()); // decomposed, as macOS writes it
        var eighty = new string('a', 80);
        Assert.Equal(eighty, ArticleId.FromPath(eighty + ".md").ToString());
        Assert.NotEqual(eighty, ArticleId.FromPath(eighty + "b.md").ToString());
    }

    [Fact]
    public void A_decomposed_file_name_gets_the_id_of_the_composed_one_and_a_twin_named_both_ways_gets_the_hash()
    {
        var longName = "Über " + new string('x', 90);
        Assert.Equal(ArticleId.FromPath(longName + ".md"), ArticleId.FromPath(longName.Normalize(System.Text.NormalizationForm.FormD) + ".md")); // the hash too

        var root = Folder(("U\u0308ber Uns.md", NoId));
        var diagnostics = new DiagnosticBag();
        Assert.Equal(["ueber-uns"], new ContentLoader([new MarkdownArticleParser()]).Load(root, new Site(), diagnostics).Select(a => a.Id.ToString()));
        Assert.Empty(diagnostics.Sorted());

        // Linux keeps both spellings of one name apart: the one later in path order gets the hash, as any path whose slug is taken.
        File.WriteAllText(Path.Combine(root, "\u00dcber Uns.md"), NoId);
        var articles = new ContentLoader([new MarkdownArticleParser()]).Load(root, new Site(), diagnostics);
        Assert.Equal(["ueber-uns", ArticleId.FromPath("\u00dcber Uns.md", distinct: true).ToString()], articles.Select(a => a.Id.ToString()));
        Assert.NotEqual("ueber-uns", articles[1].Id.ToString());
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("\u00dcber Uns.md", Severity.Warning), (warning.File, warning.Severity));
        Assert.Contains("its id would be 'ueber-uns', which U\u0308ber Uns.md, published at the same time and earlier in path order", warning.Message);
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
        var root = Folder(("good.md", Md("good")), ("bad.md", "---\ntitle: x\n---\n"), ("notes.docx", "\u00ff\u00d8"));
        var diagnostics = new DiagnosticBag();
        var articles = new ContentLoader([new MarkdownArticleParser()]).Load(root, new Site(), diagnostics);
        Assert.Single(articles);
        Assert.Contains(diagnostics.Sorted(), d => d.File == "bad.md" && d.Severity == Severity.Error);
        Assert.Contains(diagnostics.Sorted(), d => d.File == "notes.docx" && d.Severity == Severity.Warning);
    }

    [Fact]
    public void The_sites_punctuation_switch_reaches_the_markdown_parser()
    {
        var root = Folder(("a.md", "---\ntitle: '\"Kiez\" -- heute'\ndate: 2026-11-10\n---\nGeht's?"));
        var loader = new ContentLoader([new MarkdownArticleParser()]);
        var on = Assert.Single(loader.Load(root, new Site(), new DiagnosticBag()));
        var off = Assert.Single(loader.Load(root, new Site { SmartPunctuation = false }, new DiagnosticBag()));
        Assert.Equal(["„Kiez“ – heute", "Geht’s?"], [on.Headline, InlineText.Plain(((Paragraph)on.Body[0]).Inlines)]);
        Assert.Equal(["\"Kiez\" -- heute", "Geht's?"], [off.Headline, InlineText.Plain(((Paragraph)off.Body[0]).Inlines)]);
    }
}
