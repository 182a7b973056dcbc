using Publisher.Build.Incremental;
using Publisher.Build.Pipeline;
using Publisher.Core.Sampling;
using Publisher.Templating;

namespace Publisher.Build.Tests;

/// <summary>
/// Books written again from the piece pack (<see cref="PiecePack"/>) are byte for byte the books a forced build
/// writes from nothing: after edits of every kind, a template change, and with a damaged or foreign pack.
/// </summary>
public class IncrementalPiecesTests
{
    private static readonly DateTime LongAgo = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("body")]
    [InlineData("headline")]
    [InlineData("tags")]
    [InlineData("new article")]
    [InlineData("deleted article")]
    [InlineData("template")]
    [InlineData("pack cut in half")]
    [InlineData("pack bytes changed")]
    [InlineData("pack of another site")]
    public void After_a_change_an_incremental_build_writes_what_a_forced_build_writes(string change)
    {
        var (content, output, templates) = Generated(80);
        Assert.Equal(0, Build(content, output, templates).Errors);
        Assert.True(File.Exists(Path.Combine(output, PiecePack.RelativePath)));

        Change(change, content, output, templates);
        var incremental = Build(content, output, templates);
        var forced = Path.Combine(Path.GetDirectoryName(output)!, "forced");
        Build(content, forced, templates, force: true);

        Assert.Equal(0, incremental.Errors);
        Assert.True(incremental.FilesWritten > 0);
        Assert.Equal(Snapshot(forced), Snapshot(output));
    }

    [Fact]
    public void A_build_that_writes_one_book_again_keeps_the_pack_small_and_whole()
    {
        var (content, output, templates) = Generated(40);
        Build(content, output, templates);
        var pack = Path.Combine(output, PiecePack.RelativePath);
        var before = new FileInfo(pack).Length;
        for (var i = 0; i < 3; i++)
        {
            Change("body", content, output, templates);
            Assert.Equal(0, Build(content, output, templates).Errors);
        }
        Assert.True(new FileInfo(pack).Length < before * 2, "the pack grows by what changed, not by its size");
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(pack)!, "*" + AtomicFile.TemporarySuffix));
    }

    private static void Change(string change, string content, string output, string templates)
    {
        var markdown = Directory.EnumerateFiles(Path.Combine(content, "markdown"), "*.md").Order(StringComparer.Ordinal).ToList();
        var file = markdown[markdown.Count / 2];
        var pack = Path.Combine(output, PiecePack.RelativePath);
        switch (change)
        {
            case "body": Edit(file, text => text + $"\nA paragraph added later ({Guid.NewGuid():N}).\n"); break;
            case "headline": Edit(file, text => text.Replace("title: \"", "title: \"Neu: ", StringComparison.Ordinal)); break;
            case "tags": Edit(file, text => text.Replace("tags:\n", "tags:\n  - \"Nachtrag\"\n", StringComparison.Ordinal)); break;
            case "new article":
                File.Copy(file, Path.Combine(content, "markdown", "zz-new.md"));
                Edit(Path.Combine(content, "markdown", "zz-new.md"), text => text.Replace("id: \"", "id: \"neu-", StringComparison.Ordinal));
                break;
            case "deleted article": File.Delete(file); break;
            case "template":
                var article = Path.Combine(templates, "epub", "article.xhtml.sbn");
                Directory.CreateDirectory(Path.GetDirectoryName(article)!);
                File.WriteAllText(article, File.ReadAllText(Path.Combine(TemplateSet.ShippedDirectory, "epub", "article.xhtml.sbn")) + "<p class=\"colophon\">Changed.</p>\n");
                break;
            case "pack cut in half":
                File.WriteAllBytes(pack, File.ReadAllBytes(pack)[..(int)(new FileInfo(pack).Length / 2)]);
                Edit(file, text => text + "\nA paragraph.\n");
                break;
            case "pack bytes changed":
                var bytes = File.ReadAllBytes(pack);
                for (var i = 100; i < bytes.Length - 50_000; i += 997) bytes[i] ^= 0x41; // pieces, not the index at the end
                File.WriteAllBytes(pack, bytes);
                Edit(file, text => text + "\nA paragraph.\n");
                break;
            case "pack of another site":
                var other = Generated(80);
                var settings = Path.Combine(other.Content, "site.yml");
                File.WriteAllText(settings, string.Join("\n", File.ReadAllLines(settings).Where(line => !line.StartsWith("title:", StringComparison.Ordinal))) + "\ntitle: Another site\n");
                Build(other.Content, other.Output, other.Templates);
                File.Copy(Path.Combine(other.Output, PiecePack.RelativePath), pack, overwrite: true);
                Edit(file, text => text + "\nA paragraph.\n");
                break;
            default: throw new ArgumentException(change);
        }
    }

    /// <summary>Edits a file and dates it back, so the parse cache may trust its stamp (a file written just now it would not).</summary>
    private static void Edit(string file, Func<string, string> edit)
    {
        var stamp = File.GetLastWriteTimeUtc(file);
        File.WriteAllText(file, edit(File.ReadAllText(file)));
        File.SetLastWriteTimeUtc(file, stamp.AddMinutes(1));
    }

    private static (string Content, string Output, string Templates) Generated(int count)
    {
        var root = Directory.CreateTempSubdirectory("publisher-pieces").FullName;
        var content = Path.Combine(root, "content");
        SampleCorpus.Write(content, count, seed: 3, SampleMix.Markdown);
        File.WriteAllText(Path.Combine(content, "site.yml"), "title: Pieces\nbase_url: https://pieces.example/\nlanguage: de\n");
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, LongAgo);
        var templates = Directory.CreateDirectory(Path.Combine(root, "templates")).FullName;
        return (content, Path.Combine(root, "out"), templates);
    }

    private static BuildSummary Build(string content, string output, string templates, bool force = false) =>
        new BuildPipeline(SilentReporter.Instance).Run(new BuildOptions(content, output, new HashSet<string> { "epub", "feeds" }, templates, Force: force));

    private static Dictionary<string, string> Snapshot(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(output, f).StartsWith(".publisher", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(output, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
