using Publisher.Build.Incremental;
using Publisher.Build.Pipeline;
using Publisher.Core.Diagnostics;
using Publisher.Core.Parsing;
using Publisher.Core.Sampling;

using static Publisher.Build.Tests.CachedBuildRuns;

namespace Publisher.Build.Tests;

/// <summary>
/// The parse cache after incremental builds: changed files are appended with a new index, the cache reads back
/// what a freshly written one holds, the outputs match a forced build, and a build killed while appending (bytes
/// after the valid end, the header not yet moved) leaves the previous cache readable.
/// </summary>
public class ParseCacheAppendTests
{
    [Fact]
    public void Edits_additions_and_deletions_are_appended_and_read_back_like_a_fresh_cache()
    {
        var (content, output) = GeneratedContent(80);
        RunBuild(content, output);
        var cache = Path.Combine(output, ParseCache.RelativePath);
        var firstLength = new FileInfo(cache).Length;
        var files = Directory.EnumerateFiles(content, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md") || f.EndsWith(".txt"))
            .Order(StringComparer.Ordinal).ToList();
        var markdown = files.Where(f => f.EndsWith(".md")).ToList();

        Edit(files[3], "\nA paragraph added later.\n", 1);
        Assert.Equal(79, RunBuild(content, output).FilesReused);
        const int HeaderSize = 68; // magic, version, key, trailer offset: the one part an append rewrites
        var kept = File.ReadAllBytes(cache)[HeaderSize..(int)firstLength];
        Edit(files[10], "\nAnother paragraph.\n", 2);
        File.WriteAllText(markdown[0], File.ReadAllText(markdown[0]).Replace("title: \"", "title: \"Neu: ", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(markdown[0], LongAgo.AddHours(3));
        File.Delete(files[30]);
        var added = Path.Combine(content, "zz-added.md");
        File.WriteAllText(added, "---\ntitle: Added later\ndate: 2026-03-04\ntags: [Alpha, Neu]\n---\nA body written later.\n");
        File.SetLastWriteTimeUtc(added, LongAgo.AddHours(4));
        Assert.Equal(77, RunBuild(content, output).FilesReused);

        Assert.Equal(kept, File.ReadAllBytes(cache)[HeaderSize..(int)firstLength]); // appended: the earlier bytes left as they were
        Assert.Equal(80, RunBuild(content, output).FilesReused); // and the appended cache reads back whole
        var site = SiteConfigReader.Read(content, new DiagnosticBag());
        var appended = ParseCache.Load(output, site).Files;
        var freshOutput = Path.Combine(Path.GetDirectoryName(output)!, "fresh");
        var fresh = new ContentLoader(ArticleParsers.All).Load(content, site, new DiagnosticBag(), previous: null);
        ParseCache.Empty().Save(freshOutput, site, fresh.Files, DateTime.UtcNow);
        Assert.True(new FileInfo(Path.Combine(freshOutput, ParseCache.RelativePath)).Length < new FileInfo(cache).Length);
        var written = ParseCache.Load(freshOutput, site).Files;
        Assert.Equal(written.Keys.Order(), appended.Keys.Order());
        foreach (var (path, file) in written)
        {
            Assert.Equal(file.Stamp, appended[path].Stamp);
            Assert.Equal(file.Article?.Title, appended[path].Article?.Title);
            Assert.Equal(file.Article?.Source, appended[path].Article?.Source);
            Assert.Equal(file.Article?.Body.Length, appended[path].Article?.Body.Length);
        }

        var incremental = Snapshot(output);
        var forced = Path.Combine(Path.GetDirectoryName(output)!, "forced");
        RunBuild(content, forced, force: true);
        Assert.Equal(Snapshot(forced), incremental);
    }

    [Fact]
    public void An_append_cut_short_leaves_the_previous_cache_readable()
    {
        var (content, output) = GeneratedContent(40);
        RunBuild(content, output);
        var cache = Path.Combine(output, ParseCache.RelativePath);
        var whole = File.ReadAllBytes(cache);

        // What a build killed before it moved the header leaves: new bytes after the valid end.
        File.AppendAllText(cache, new string('x', 5000));
        Assert.Equal(40, RunBuild(content, output).FilesReused);

        // The header moved to a trailer that is not there: the cache is not used.
        var pointingPast = (byte[])whole.Clone();
        BitConverter.TryWriteBytes(pointingPast.AsSpan(60), (long)whole.Length + 100);
        File.WriteAllBytes(cache, pointingPast);
        var again = RunBuild(content, output);
        Assert.Equal(0, again.FilesReused);
        Assert.Equal(0, again.Errors);
        Assert.Equal(40, RunBuild(content, output).FilesReused); // written afresh
    }

    [Fact]
    public void A_damaged_entry_among_appended_ones_drops_the_cache()
    {
        var (content, output) = GeneratedContent(30);
        RunBuild(content, output);
        var changed = Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        Edit(changed, "\nA later paragraph.\n", 1);
        RunBuild(content, output);
        var cache = Path.Combine(output, ParseCache.RelativePath);
        var bytes = File.ReadAllBytes(cache);
        bytes[bytes.Length / 3] ^= 0x01;
        File.WriteAllBytes(cache, bytes);

        var again = RunBuild(content, output);

        Assert.Equal(0, again.FilesReused);
        Assert.Equal(0, again.Errors);
    }

    private static void Edit(string file, string appended, int hours)
    {
        File.AppendAllText(file, appended);
        File.SetLastWriteTimeUtc(file, LongAgo.AddHours(hours));
    }
}
