using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Templating;

namespace Publisher.Feeds.Tests;

/// <summary>Plans the feeds of a corpus and writes every file through its job's Write callback into a temp folder.</summary>
internal sealed class FeedOutput
{
    private FeedOutput(string root, IReadOnlyDictionary<string, byte[]> files)
    {
        Root = root;
        Files = files;
    }

    public string Root { get; }

    /// <summary>Relative path ('/'-separated) → bytes written.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public string FullPath(string relative) => Path.Combine([Root, .. relative.Split('/')]);

    public string Text(string relative) => System.Text.Encoding.UTF8.GetString(Files[relative]);

    /// <summary>The feeds written (every file but the feed list, <c>feeds/feeds.opml</c>), in path order.</summary>
    public IEnumerable<string> FeedPaths => Paths("").Where(p => p != "feeds/feeds.opml");

    public IEnumerable<string> Paths(string suffix) => Files.Keys.Where(k => k.EndsWith(suffix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public static FeedOutput Build(Corpus corpus, string? overrideTemplates = null)
    {
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, overrideTemplates));
        var diagnostics = new DiagnosticBag();
        var jobs = new FeedsFormat(renderer).Plan(corpus, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        var root = Directory.CreateTempSubdirectory("feeds-test-").FullName;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var job in jobs)
        {
            var path = job.Path.Under(root);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = File.Create(path)) job.Write(stream);
            Assert.True(files.TryAdd(job.Path.Value, File.ReadAllBytes(path)), $"two jobs write {job.Path}");
        }
        return new FeedOutput(root, files);
    }
}
