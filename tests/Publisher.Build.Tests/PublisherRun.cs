using Publisher.Build.Pipeline;

namespace Publisher.Build.Tests;

/// <summary>Copies a content folder into a temp dir and runs builds over it.</summary>
internal sealed class PublisherRun
{
    public PublisherRun(string goldenName)
    {
        Root = Directory.CreateTempSubdirectory("publisher-build").FullName;
        Content = Path.Combine(Root, "content");
        Output = Path.Combine(Root, "out");
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "Golden", goldenName, "content"), Content);
    }

    public string Root { get; }

    public string Content { get; }

    public string Output { get; }

    /// <summary>The site's template overrides (<c>--templates</c>), if any.</summary>
    public string? Templates { get; set; }

    public BuildSummary Build(bool force = false, params string[] formats) =>
        new BuildPipeline(SilentReporter.Instance).Run(new BuildOptions(Content, Output, formats.ToHashSet(), Templates, Force: force));

    public IReadOnlyDictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Output, f).Replace('\\', '/'), File.ReadAllBytes);

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
