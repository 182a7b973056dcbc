using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

namespace Publisher.Cli.Tests;

/// <summary>
/// A build killed with SIGKILL at any moment leaves every output of the previous build whole and readable:
/// outputs are written to temporary files and renamed into place.
/// </summary>
public class KilledBuildTests
{
    [Fact]
    public void Outputs_stay_whole_when_a_build_is_killed_at_random_moments()
    {
        var root = Directory.CreateTempSubdirectory("killed").FullName;
        var content = Path.Combine(root, "content");
        var output = Path.Combine(root, "out");
        Assert.Equal(0, CliHarness.Run("sample", "--count", "150", "--out", content).Exit);
        var first = RunPublisher("build", "--content", content, "--out", output);
        first.WaitForExit();
        Assert.Equal(0, first.ExitCode);
        var before = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count();

        var random = new Random(20261126);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var build = RunPublisher("build", "--content", content, "--out", output, "--force");
            Thread.Sleep(random.Next(150, 2500));
            if (!build.HasExited) build.Kill(entireProcessTree: true);
            build.WaitForExit();
            AssertEveryOutputIsWhole(output);
        }
        Assert.Equal(before, Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count(f => !f.EndsWith(".publisher-tmp")));
    }

    [Fact]
    public void Incremental_builds_killed_at_random_moments_leave_caches_that_give_the_forced_outputs()
    {
        var root = Directory.CreateTempSubdirectory("killed-incremental").FullName;
        var content = Path.Combine(root, "content");
        var output = Path.Combine(root, "out");
        Assert.Equal(0, CliHarness.Run("sample", "--count", "120", "--out", content).Exit);
        var files = Directory.EnumerateFiles(content, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var earlier = DateTime.UtcNow.AddHours(-1); // older than the racy window: the parse cache keeps every file
        foreach (var file in files) File.SetLastWriteTimeUtc(file, earlier);
        var first = RunPublisher("build", "--content", content, "--out", output);
        first.WaitForExit();
        Assert.Equal(0, first.ExitCode);

        var random = new Random(20261127);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var edited = files[random.Next(files.Count)];
            File.AppendAllText(edited, $"\nA paragraph added in attempt {attempt}.\n");
            File.SetLastWriteTimeUtc(edited, earlier.AddMinutes(attempt + 1));
            var build = RunPublisher("build", "--content", content, "--out", output);
            Thread.Sleep(random.Next(100, 1500));
            if (!build.HasExited) build.Kill(entireProcessTree: true);
            build.WaitForExit();
            AssertEveryOutputIsWhole(output);
        }

        var last = RunPublisher("build", "--content", content, "--out", output);
        last.WaitForExit();
        Assert.Equal(0, last.ExitCode);
        var forced = Path.Combine(root, "forced");
        var force = RunPublisher("build", "--content", content, "--out", forced, "--force");
        force.WaitForExit();
        Assert.Equal(0, force.ExitCode);
        Assert.Equal(Hashes(forced), Hashes(output));
    }

    private static Dictionary<string, string> Hashes(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(output, f).StartsWith(".publisher", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(output, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    private static void AssertEveryOutputIsWhole(string output)
    {
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".publisher-tmp")))
        {
            switch (Path.GetExtension(file))
            {
                case ".xml":
                    XDocument.Load(file);
                    break;
                case ".json":
                    using (var stream = File.OpenRead(file)) JsonDocument.Parse(stream).Dispose();
                    break;
                case ".epub":
                    using (var zip = ZipFile.OpenRead(file)) Assert.Equal("mimetype", zip.Entries[0].FullName);
                    break;
                case ".pdf":
                    var bytes = File.ReadAllBytes(file);
                    Assert.True(bytes.AsSpan().StartsWith("%PDF-"u8), file);
                    Assert.True(bytes.AsSpan(Math.Max(0, bytes.Length - 32)).IndexOf("%%EOF"u8) >= 0, file);
                    break;
            }
        }
    }

    private static Process RunPublisher(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "publisher.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
