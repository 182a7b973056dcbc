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
