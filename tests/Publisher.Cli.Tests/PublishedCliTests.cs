using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Publisher.Cli.Tests;

/// <summary>
/// The publisher that <c>./build.sh</c> runs is the one the Build target published (Native AOT where clang is
/// installed, ReadyToRun otherwise), not the build these tests load: it must write the same bytes and report the same
/// diagnostics, whatever the user's locale. Trimming is what could break it: Scriban reads our view objects by reflection.
/// </summary>
public class PublishedCliTests
{
    [Fact]
    public void The_published_cli_writes_what_the_tested_build_writes()
    {
        var published = PublishedCli();
        var root = Directory.CreateTempSubdirectory("published").FullName;
        var content = Path.Combine(root, "content");
        Assert.Equal(0, CliHarness.Run("sample", "--count", "80", "--out", content).Exit);
        File.WriteAllText(Path.Combine(content, "empty.md"), "");
        File.WriteAllText(Path.Combine(content, "bad.md"), "---\ntitle: [unclosed\n---\nText.\n");
        File.WriteAllText(Path.Combine(content, "hostile.md"), "---\ntitle: <b>Bold</b> & more\ndate: 2026-11-10\ntags: ['<script>', '../../x']\n---\nText <script>x()</script> with [a link](/path).\n");
        // Older than the parse cache's racy window, so both builds cache every file alike.
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));

        var tested = CliHarness.Run("build", "--content", content, "--out", Path.Combine(root, "tested"), "--formats", "json,feeds,epub,pdf");
        var run = Run(published, "build", "--content", content, "--out", Path.Combine(root, "published"), "--formats", "json,feeds,epub,pdf");

        Assert.Equal(tested.Exit, run.Exit);
        Assert.Equal(1, run.Exit); // bad.md is an error
        Assert.Equal(tested.Err, run.Err);
        var expected = Tree(Path.Combine(root, "tested"));
        var actual = Tree(Path.Combine(root, "published"));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("feeds/atom.xml", expected.Keys);
        // The manifest holds the code's module version ids: it differs first when the publish is older than the code.
        const string manifest = ".publisher/manifest.json";
        Assert.True(expected[manifest].AsSpan().SequenceEqual(actual[manifest]), $"{manifest} differs: was {published} published from this code? (./build.sh --target=Build)");
        // The piece pack is a cache whose pieces lie in the order the build's threads made them; everything else is the same.
        foreach (var (path, bytes) in expected.Where(f => f.Key != ".publisher/pieces.bin")) Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
    }

    [Fact]
    public void A_publisher_copied_without_its_native_library_says_what_is_missing()
    {
        var published = PublishedCli();
        var folder = Path.GetDirectoryName(published)!;
        var copy = Directory.CreateTempSubdirectory("published-copy").FullName;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(file).StartsWith("libSkiaSharp", StringComparison.Ordinal)) continue;
            var target = Path.Combine(copy, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(target, File.GetUnixFileMode(file));
        }
        var root = Directory.CreateTempSubdirectory("published-copy-run").FullName;
        var content = Path.Combine(root, "content");
        Assert.Equal(0, CliHarness.Run("sample", "--count", "3", "--out", content).Exit);

        var run = Run(Path.Combine(copy, Path.GetFileName(published)), "build", "--content", content, "--out", Path.Combine(root, "out"), "--formats", "epub");

        Assert.Equal(2, run.Exit);
        Assert.Contains("libSkiaSharp", run.Err);
        Assert.Contains("copy or install the whole folder", run.Err);
        Assert.DoesNotContain("internal error", run.Err);
    }

    /// <summary>The newer of the two publishes Build makes.</summary>
    private static string PublishedCli()
    {
        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "Publisher.sln"))) repository = repository.Parent;
        Assert.True(repository is not null, "the tests run outside the repository");
        var rid = $"{(OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux")}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
        var release = Path.Combine(repository.FullName, "src", "Publisher.Cli", "bin", "Release");
        var candidates = new[] { Path.Combine(release, $"native-{rid}", "publisher"), Path.Combine(release, $"publish-{rid}", "publisher.dll") }
            .Where(File.Exists).OrderByDescending(File.GetLastWriteTimeUtc).ToList();
        Assert.True(candidates.Count > 0, "no published publisher: run ./build.sh --target=Build (the Test target does)");
        return candidates[0];
    }

    private static (int Exit, string Out, string Err) Run(string publisher, params string[] args)
    {
        var start = new ProcessStartInfo(publisher.EndsWith(".dll", StringComparison.Ordinal) ? "dotnet" : publisher)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (publisher.EndsWith(".dll", StringComparison.Ordinal)) start.ArgumentList.Add(publisher);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["CI"] = "true"; // plain progress lines, as the in-process run prints
        // A user's locale and zone change no byte: a Thai locale's calendar counts years from 543 BC, and a library that
        // formats a date with the current culture (PDFsharp's /CreationDate) would write 2569 for 2026.
        start.Environment["LC_ALL"] = "th_TH.UTF-8";
        start.Environment["LANG"] = "th_TH.UTF-8";
        start.Environment["TZ"] = "Pacific/Kiritimati";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static Dictionary<string, byte[]> Tree(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes);
}
