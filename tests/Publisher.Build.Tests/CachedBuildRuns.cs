using Publisher.Build.Pipeline;
using Publisher.Core.Sampling;

namespace Publisher.Build.Tests;

/// <summary>What the parse cache tests share: generated content old enough to be trusted by its stamp, a build of it, and a snapshot of what it wrote.</summary>
internal static class CachedBuildRuns
{
    public static readonly DateTime LongAgo = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static (string Content, string Output) GeneratedContent(int count)
    {
        var root = Directory.CreateTempSubdirectory("publisher-parse-cache").FullName;
        var content = Path.Combine(root, "content");
        SampleCorpus.Write(content, count);
        // Files written "just now" are never trusted by their stamp; these tests want files that are not.
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, LongAgo);
        return (content, Path.Combine(root, "out"));
    }

    public static BuildSummary RunBuild(string content, string output, bool force = false) =>
        new BuildPipeline(SilentReporter.Instance).Run(new BuildOptions(content, output, new HashSet<string> { "json", "feeds" }, Force: force));

    /// <summary>Every output but the caches, as path → SHA-256.</summary>
    public static Dictionary<string, string> Snapshot(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".bin", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(output, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
