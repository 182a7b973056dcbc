using System.Text;
using System.Text.Json;
using Publisher.Build.Incremental;
using Publisher.Build.ModelJson;
using Publisher.Build.Pipeline;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Parsing;
using Publisher.Core.Sampling;

using static Publisher.Build.Tests.CachedBuildRuns;

namespace Publisher.Build.Tests;

/// <summary>
/// The parse cache: results read back equal to fresh parses, unchanged files are not parsed again, and a
/// cache that does not fit (damaged, other site defaults) only makes a build slower, never different.
/// </summary>
public class ParseCacheTests
{
    [Fact]
    public void Cached_results_read_back_equal_to_fresh_parses()
    {
        var (content, output) = GeneratedContent(240);
        File.WriteAllText(Path.Combine(content, "broken.md"), "---\ntitle: [unclosed\n---\nBody.\n");
        File.SetLastWriteTimeUtc(Path.Combine(content, "broken.md"), LongAgo);
        File.WriteAllText(Path.Combine(content, "linking.md"), "---\ntitle: L\ndate: 2026-11-10\n---\n[a](#teil) [b](broken.md)\n\n<a href=\"x/y.md?z\">c</a>\n");
        File.WriteAllText(Path.Combine(content, "updated.md"), "---\ntitle: Updated\ndate: 2026-03-02\nupdated: 2026-03-04T18:00:00+01:00\n---\nBody.\n");
        File.WriteAllText(Path.Combine(content, "updated-day.md"), "---\ntitle: Updated on a day\ndate: 2026-03-02T10:00:00Z\nupdated: 2026-03-05\n---\nBody.\n");
        foreach (var name in new[] { "linking.md", "updated.md", "updated-day.md" }) File.SetLastWriteTimeUtc(Path.Combine(content, name), LongAgo);
        var site = SiteConfigReader.Read(content, new DiagnosticBag());
        var fresh = new ContentLoader(ArticleParsers.All).Load(content, site, new DiagnosticBag(), previous: null);

        ParseCache.Empty().Save(output, site, fresh.Files, DateTime.UtcNow);
        var cached = ParseCache.Load(output, site).Files;

        Assert.Equal(fresh.Files.Length, cached.Count);
        Assert.Contains(fresh.Files, f => f.Article is null && f.Diagnostics.Length > 0);
        Assert.Equal([new RelativeLink(1, "#teil", 5), new RelativeLink(2, "broken.md", 5), new RelativeLink(3, "x/y.md?z", 7)],
            fresh.Files.Single(f => f.RelativePath == "linking.md").RelativeLinks.AsEnumerable());
        Assert.Contains(fresh.Files, f => f.Article?.Updated is { Instant: not null });
        Assert.Contains(fresh.Files, f => f.Article?.Updated is { Instant: null });
        Assert.Contains(fresh.Files, f => f.Article?.TagsLine > 0);
        foreach (var file in fresh.Files)
        {
            var back = cached[file.RelativePath];
            Assert.Equal(file.Stamp, back.Stamp);
            Assert.Equal(file.Diagnostics.AsEnumerable(), back.Diagnostics);
            Assert.Equal(file.Article is null, back.Article is null);
            Assert.Equal(file.Article?.TagsLine, back.Article?.TagsLine); // not in the model's JSON
            Assert.Equal(file.RelativeLinks.AsEnumerable(), back.RelativeLinks);
        }
        Assert.Equal(ModelJson(site, fresh.Articles), ModelJson(site, cached.Values.Select(f => f.Article).OfType<Core.Model.Article>()));
    }

    [Fact]
    public void Only_changed_files_are_parsed_again_and_the_outputs_match_a_full_build()
    {
        var (content, output) = GeneratedContent(60);
        var first = RunBuild(content, output);
        Assert.Equal(0, first.FilesReused);

        var changed = Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.AppendAllText(changed, "\nA paragraph added later.\n");
        File.SetLastWriteTimeUtc(changed, LongAgo.AddHours(1));
        var second = RunBuild(content, output);

        Assert.Equal(first.Articles - 1, second.FilesReused);
        Assert.Equal(first.Articles, RunBuild(content, output).FilesReused); // the cache the second build rewrote reads back whole
        var incremental = Snapshot(output);
        var forced = Path.Combine(Path.GetDirectoryName(output)!, "forced");
        RunBuild(content, forced, force: true);
        Assert.Equal(Snapshot(forced), incremental);
    }

    [Fact]
    public void Warnings_of_an_unchanged_file_are_reported_again()
    {
        var (content, output) = GeneratedContent(10);
        var odd = Path.Combine(content, "odd.md");
        File.WriteAllText(odd, "---\ntitle: Odd\ndate: 2026-03-02\ntags: [Alpha]\n---\nSee [this](javascript:alert(1)).\n");
        File.SetLastWriteTimeUtc(odd, LongAgo);

        var first = RunBuild(content, output);
        var second = RunBuild(content, output);

        Assert.Contains(first.Diagnostics, d => d.File == "odd.md" && d.Severity == Severity.Warning);
        Assert.True(second.FilesReused > 0);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Theory]
    [InlineData("swapped with mv")]
    [InlineData("rewritten in place, write time put back")]
    public void A_file_with_the_length_and_write_time_of_the_cached_one_but_other_content_is_parsed_again(string how)
    {
        var (content, output) = GeneratedContent(10);
        // One length, one write time, other words: only the inode or the change time can tell them apart.
        var first = Path.Combine(content, "first.md");
        var second = Path.Combine(content, "second.md");
        File.WriteAllText(first, "---\ntitle: Apples\ndate: 2026-03-02\ntags: [Fruit]\n---\nRed and round.\n");
        File.WriteAllText(second, "---\ntitle: Plums!\ndate: 2026-03-03\ntags: [Fruit]\n---\nBlue and oval.\n");
        foreach (var file in new[] { first, second }) File.SetLastWriteTimeUtc(file, LongAgo);
        Assert.Equal(new FileInfo(first).Length, new FileInfo(second).Length);
        var before = RunBuild(content, output);

        if (how == "swapped with mv")
        {
            var aside = Path.Combine(content, "aside.tmp");
            File.Move(first, aside);
            File.Move(second, first);
            File.Move(aside, second);
        }
        else
        {
            using (var stream = new FileStream(first, FileMode.Open, FileAccess.Write)) stream.Write("---\ntitle: Pears!\n"u8);
            File.SetLastWriteTimeUtc(first, LongAgo);
        }
        var after = RunBuild(content, output);

        Assert.Equal(before.Files - (how == "swapped with mv" ? 2 : 1), after.FilesReused);
        var forced = Path.Combine(Path.GetDirectoryName(output)!, "forced");
        RunBuild(content, forced, force: true);
        Assert.Equal(File.ReadAllText(Path.Combine(forced, "articles.json")), File.ReadAllText(Path.Combine(output, "articles.json")));
    }

    [Theory]
    [InlineData("damaged")]
    [InlineData("one byte changed")]
    [InlineData("other language")]
    public void A_cache_that_does_not_fit_is_ignored(string how)
    {
        var (content, output) = GeneratedContent(30);
        RunBuild(content, output);
        var cache = Path.Combine(output, ParseCache.RelativePath);
        if (how == "damaged")
        {
            var bytes = File.ReadAllBytes(cache);
            File.WriteAllBytes(cache, bytes[..(bytes.Length / 2)]);
        }
        else if (how == "one byte changed")
        {
            var bytes = File.ReadAllBytes(cache);
            bytes[bytes.Length * 3 / 4] ^= 0x20; // most likely inside some article's body, decoded only on use
            File.WriteAllBytes(cache, bytes);
        }
        else
        {
            File.AppendAllText(Path.Combine(content, "site.yml"), "\nlanguage: en\n");
        }

        var again = RunBuild(content, output, force: false);

        Assert.Equal(0, again.FilesReused);
        Assert.Equal(0, again.Errors);
    }

    private static string ModelJson(Core.Model.Site site, IEnumerable<Core.Model.Article> articles)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) ModelJsonWriter.WriteCorpus(writer, Corpus.Create(site, articles));
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
