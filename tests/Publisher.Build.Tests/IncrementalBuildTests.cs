using Publisher.Build.Incremental;

namespace Publisher.Build.Tests;

public class IncrementalBuildTests
{
    [Fact]
    public void A_second_build_of_unchanged_content_writes_nothing_and_is_byte_identical()
    {
        var run = new PublisherRun("basic");
        var first = run.Build();
        var before = run.Snapshot();
        var second = run.Build();

        Assert.True(first.FilesWritten > 0);
        Assert.Equal(0, second.FilesWritten);
        Assert.Equal(first.FilesWritten, second.FilesUnchanged);
        Assert.Equal(before.Keys.Order(), run.Snapshot().Keys.Order());
        foreach (var (path, bytes) in run.Snapshot()) Assert.Equal(before[path], bytes);
    }

    [Fact]
    public void Force_rebuilds_everything_to_the_same_bytes()
    {
        var run = new PublisherRun("basic");
        run.Build();
        var before = run.Snapshot();
        var forced = run.Build(force: true);
        Assert.Equal(0, forced.FilesUnchanged);
        Assert.Equal(before.Keys.Order(), run.Snapshot().Keys.Order());
        // The piece pack is a cache whose pieces lie in the order the build's threads made them; every output is the same.
        foreach (var (path, bytes) in run.Snapshot().Where(f => f.Key != PiecePack.RelativePath)) Assert.Equal(before[path], bytes);
    }

    [Fact]
    public void A_changed_article_rebuilds_only_the_outputs_that_contain_it()
    {
        var run = new PublisherRun("basic");
        run.Build();
        var before = run.Snapshot();
        File.AppendAllText(Path.Combine(run.Content, "zweite.md"), "\nA new paragraph.\n");
        run.Build();
        var changed = run.Snapshot().Where(f => !before[f.Key].SequenceEqual(f.Value)).Select(f => f.Key).Order().ToList();

        // zweite.md is in week 2026-W11 and carries the tag Ost-West, another spelling of erste.md's Ost/West (slug ost-west).
        Assert.Contains("epub/2026-W11.epub", changed);
        Assert.Contains("pdf/2026-W11.pdf", changed);
        Assert.Contains("epub/tags/ost-west.epub", changed);
        Assert.Contains("feeds/atom.xml", changed);
        Assert.Contains("feeds/tags/ost-west.atom.xml", changed);
        // The newest week is no archive yet (RFC 5005: an archive never changes); the archive of the week before stays as it was.
        Assert.DoesNotContain("feeds/archive/2026-W11.atom.xml", before.Keys);
        Assert.DoesNotContain("feeds/archive/2026-W10.atom.xml", changed);
        Assert.DoesNotContain("epub/2026-W10.epub", changed);
        Assert.DoesNotContain("pdf/2026-W10.pdf", changed);
        Assert.DoesNotContain("epub/tags/alpha.epub", changed);
        Assert.DoesNotContain("feeds/tags/alpha.atom.xml", changed);
    }

    [Fact]
    public void An_article_of_a_new_week_archives_the_week_before_as_a_forced_build_would()
    {
        var run = new PublisherRun("basic");
        run.Build(false, "feeds");
        var before = run.Snapshot();
        File.WriteAllText(Path.Combine(run.Content, "dritte.md"), "---\ntitle: Die dritte\ndate: 2026-03-17\ntags: [Alpha]\nid: dritte\n---\nText.\n");
        run.Build(false, "feeds");
        var after = run.Snapshot();
        var changed = after.Where(f => !before.TryGetValue(f.Key, out var old) || !old.SequenceEqual(f.Value)).Select(f => f.Key).ToList();

        // 2026-W11 is complete now: its archive is written, and the W10 archive gets its next-archive link.
        Assert.Contains("feeds/archive/2026-W11.atom.xml", changed);
        Assert.Contains("feeds/archive/2026-W10.atom.xml", changed);
        Assert.DoesNotContain("feeds/tags/ost-west.atom.xml", changed);
        Assert.DoesNotContain("feeds/archive/2026-W12.atom.xml", after.Keys);

        run.Build(true, "feeds");
        foreach (var (path, bytes) in run.Snapshot().Where(f => !f.Key.StartsWith(".publisher/", StringComparison.Ordinal)))
            Assert.Equal(bytes, after[path]);
    }

    [Fact]
    public void An_output_whose_article_links_to_a_content_file_is_rewritten_when_that_file_becomes_an_article()
    {
        var run = new PublisherRun("basic");
        File.WriteAllText(Path.Combine(run.Content, "dritte.md"), "---\ntitle: Dritte\ndate: 2026-03-03\ntags: [Verweise]\n---\nSiehe [die vierte](vierte.md).\n");
        run.Build(false, "feeds");
        var feed = Path.Combine(run.Output, "feeds", "tags", "verweise.atom.xml");
        Assert.Contains("https://golden.example/articles/vierte.md", File.ReadAllText(feed));

        // vierte.md is in none of dritte.md's outputs but the site's own: only dritte.md's links changed in its tag feed.
        File.WriteAllText(Path.Combine(run.Content, "vierte.md"), "---\ntitle: Vierte\ndate: 2026-03-04\ntags: [Anderes]\n---\nDa.\n");
        run.Build(false, "feeds");
        Assert.Contains("https://golden.example/articles/vierte.html", File.ReadAllText(feed));
        Assert.DoesNotContain("vierte.md", File.ReadAllText(feed));
    }

    [Fact]
    public void Outputs_of_a_deleted_article_tag_and_week_disappear()
    {
        var run = new PublisherRun("basic");
        run.Build();
        Assert.True(File.Exists(Path.Combine(run.Output, "epub", "tags", "alpha.epub")));
        File.Delete(Path.Combine(run.Content, "erste.md"));
        var again = run.Build();
        Assert.True(again.FilesDeleted > 0);
        var files = run.Snapshot().Keys.ToList();
        Assert.DoesNotContain(files, f => f.Contains("alpha") || f.Contains("2026-W10"));
        Assert.Contains("epub/2026-W11.epub", files);
        Assert.Contains("feeds/tags/ost-west.atom.xml", files); // zweite.md still spells the tag its way
    }

    [Fact]
    public void An_output_made_again_with_the_same_bytes_keeps_its_write_time_and_counts_as_unchanged()
    {
        var run = new PublisherRun("basic");
        var first = run.Build();
        var outputs = run.Snapshot().Keys.Where(f => !f.StartsWith(".publisher/", StringComparison.Ordinal)).ToList();
        var longAgo = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        foreach (var file in outputs) File.SetLastWriteTimeUtc(Path.Combine(run.Output, file), longAgo);
        var before = Manifest.Load(run.Output).Entries.ToDictionary();
        var bytes = run.Snapshot();

        // A new content hash for the same article: every output holding it has a new fingerprint and the same bytes.
        File.AppendAllText(Path.Combine(run.Content, "zweite.md"), "\n\n");
        var second = run.Build();

        var after = Manifest.Load(run.Output).Entries;
        Assert.Contains("epub/2026-W11.epub", after.Where(e => before[e.Key] != e.Value).Select(e => e.Key)); // the new fingerprint is recorded
        Assert.Equal(0, second.FilesWritten);
        Assert.Equal(first.FilesWritten, second.FilesUnchanged);
        foreach (var file in outputs)
        {
            Assert.Equal(bytes[file], File.ReadAllBytes(Path.Combine(run.Output, file)));
            Assert.True(File.GetLastWriteTimeUtc(Path.Combine(run.Output, file)) == longAgo, $"{file} was written again");
        }
        Assert.Equal(0, run.Build().FilesWritten); // and the next build finds them as recorded
        Assert.Empty(Directory.EnumerateFiles(run.Output, "*" + Pipeline.AtomicFile.TemporarySuffix, SearchOption.AllDirectories));
    }

    [Fact]
    public void A_deleted_output_file_is_written_again()
    {
        var run = new PublisherRun("basic");
        run.Build();
        run.Build(formats: "json");
        File.Delete(Path.Combine(run.Output, "articles.json"));
        Assert.Equal(1, run.Build(formats: "json").FilesWritten);
        Assert.True(File.Exists(Path.Combine(run.Output, "articles.json")));
        Assert.True(File.Exists(Path.Combine(run.Output, "feeds", "atom.xml")), "building one format keeps the others");
    }

    [Fact]
    public void A_damaged_output_file_is_written_again()
    {
        var run = new PublisherRun("basic");
        run.Build(formats: "feeds");
        var atom = Path.Combine(run.Output, "feeds", "atom.xml");
        var good = File.ReadAllBytes(atom);
        foreach (var damage in new[] { "junk"u8.ToArray(), good[..(good.Length / 2)], [] })
        {
            File.WriteAllBytes(atom, damage);
            Assert.Equal(1, run.Build(formats: "feeds").FilesWritten);
            Assert.Equal(good, File.ReadAllBytes(atom));
        }
        Assert.Equal(0, run.Build(formats: "feeds").FilesWritten);
    }

    [Fact]
    public void Leftover_temporary_files_of_a_killed_build_are_removed()
    {
        var run = new PublisherRun("basic");
        run.Build();
        var leftover = Path.Combine(run.Output, "feeds", "atom.xml.123.4.publisher-tmp");
        File.WriteAllText(leftover, "half a file");
        run.Build();
        Assert.False(File.Exists(leftover));
    }
}
