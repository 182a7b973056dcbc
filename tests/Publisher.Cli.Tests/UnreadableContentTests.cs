namespace Publisher.Cli.Tests;

/// <summary>
/// <c>chmod 000</c> on an article file or folder: the build says it cannot read it, exits 1, writes nothing and says so,
/// and every output of the last build stays as it was, the article's pages and feed entries with it.
/// </summary>
public class UnreadableContentTests
{
    [Theory]
    [InlineData("2026/b.md")]
    [InlineData("2026")]
    public void Content_its_mode_forbids_reading_writes_nothing_and_keeps_the_last_build_s_outputs(string locked)
    {
        if (OperatingSystem.IsWindows() || !PublisherProcess.CanObeyFileModes()) return; // no modes, or root without setpriv: a mode cannot stop it
        var root = CliHarness.ContentFolder(
            ("c/site.yml", CliHarness.SiteYml),
            ("c/a.md", CliHarness.Markdown("a", "[Apples]")),
            ("c/2026/b.md", CliHarness.Markdown("b", "[Plums]").Replace("2026-11-10", "2026-03-10")));
        var first = PublisherProcess.Run(root, "build", "--content", "c", "--out", "o");
        Assert.True(first.Exit == 0, first.Err);
        var before = Outputs(Path.Combine(root, "o"));
        Assert.Contains("epub/tags/plums.epub", before.Keys); // b.md's alone: a build without it would delete it

        var path = Path.Combine(root, "c", locked);
        var mode = File.GetUnixFileMode(path);
        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            var (exit, stdout, stderr) = PublisherProcess.Run(root, obeyFileModes: true, "build", "--content", "c", "--out", "o");

            Assert.Equal(1, exit);
            Assert.Matches($"(?m)^c/{locked}: error: cannot read (file|folder): ", stderr);
            Assert.Equal("nothing was written: 1 file or folder of the content could not be read; the last build's outputs are kept, not replaced by ones without its articles",
                stdout.TrimEnd().Split('\n')[^1]);
            Assert.Contains(" → o: 0 written, 0 unchanged, 0 deleted; 1 error, ", stdout);
        }
        finally
        {
            File.SetUnixFileMode(path, mode);
        }
        var after = Outputs(Path.Combine(root, "o"));
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (file, bytes) in after) Assert.True(before[file].AsSpan().SequenceEqual(bytes), $"{file} changed");
    }

    private static Dictionary<string, byte[]> Outputs(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes);
}
