using System.Diagnostics;
using Publisher.Core.Parsing;

namespace Publisher.Core.Tests.Parsing;

/// <summary>A file's stamp is what <c>stat</c> says of it, by path and through an open handle alike.</summary>
public class FileStampTests
{
    [Fact]
    public void The_stamp_holds_what_stat_says_of_the_file()
    {
        if (OperatingSystem.IsWindows()) return; // no inode or change time there, and no stat(1)
        var path = Path.Combine(Directory.CreateTempSubdirectory("stamp").FullName, "a.md");
        File.WriteAllText(path, "twelve bytes");
        File.SetLastWriteTimeUtc(path, new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1234567));

        var stamp = FileStamp.Of(path);
        // %s length, %i inode, %Y and %Z write and change time in whole seconds since 1970.
        var said = Stat("%s %i %Y %Z", path).Split(' ').Select(long.Parse).ToArray();

        Assert.Equal(said[0], stamp.Length);
        Assert.Equal(said[1], stamp.Inode);
        Assert.Equal(File.GetLastWriteTimeUtc(path).Ticks, stamp.LastWriteUtcTicks);
        Assert.Equal(said[2], (stamp.LastWriteUtcTicks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond);
        Assert.Equal(said[3], (stamp.ChangeUtcTicks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond);
        using var handle = File.OpenHandle(path);
        Assert.Equal(stamp, FileStamp.Of(handle));
    }

    [Fact]
    public void Swapping_two_files_of_one_length_and_write_time_swaps_their_inodes_and_moves_their_change_times()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = Directory.CreateTempSubdirectory("stamp").FullName;
        var (a, b, aside) = (Path.Combine(folder, "a.md"), Path.Combine(folder, "b.md"), Path.Combine(folder, "t"));
        File.WriteAllText(a, "apples");
        File.WriteAllText(b, "plums!");
        var when = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(a, when);
        File.SetLastWriteTimeUtc(b, when);
        var (beforeA, beforeB) = (FileStamp.Of(a), FileStamp.Of(b));
        Assert.Equal((beforeA.Length, beforeA.LastWriteUtcTicks), (beforeB.Length, beforeB.LastWriteUtcTicks));

        File.Move(a, aside);
        File.Move(b, a);
        File.Move(aside, b);

        Assert.Equal(beforeB.Inode, FileStamp.Of(a).Inode);
        Assert.Equal(beforeA.Inode, FileStamp.Of(b).Inode);
        Assert.NotEqual(beforeA, FileStamp.Of(a));
        Assert.NotEqual(beforeB, FileStamp.Of(b));
    }

    [Fact]
    public void A_missing_file_has_no_stamp_but_the_runtime_s_error()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("stamp").FullName, "gone.md");
        Assert.Throws<FileNotFoundException>(() => FileStamp.Of(path));
    }

    private static string Stat(string format, string path)
    {
        var start = new ProcessStartInfo("stat") { RedirectStandardOutput = true, ArgumentList = { "-L", "-c", format, path } };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
