using Microsoft.Win32.SafeHandles;

namespace Publisher.Core.Parsing;

/// <summary>
/// What the file system says of a file without reading it, as git's index keeps it: its length, last write time, status
/// change time (UTC ticks) and inode number. Length and write time alone cannot tell two files of the same length written
/// in the same second apart once they swap names, nor a file rewritten with its old write time put back (<c>touch -r</c>,
/// <c>cp -p</c>): the inode moves with the file, and the change time moves on with any rename, rewrite or
/// <c>touch</c>, and cannot be set back. On Windows, which has neither, those two are 0.
/// </summary>
public readonly record struct FileStamp(long Length, long LastWriteUtcTicks, long ChangeUtcTicks, long Inode)
{
    /// <summary>The stamp of the file at <paramref name="path"/> (a symbolic link's target's); the runtime's exception when it has none.</summary>
    public static FileStamp Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var file = new FileInfo(path);
            return new(file.Length, file.LastWriteTimeUtc.Ticks, 0, 0);
        }
        if (NativeStat.Stat(path, out var status) == 0) return Of(status);
        _ = new FileInfo(path).Length; // throws what is wrong (not found, denied) as .NET words it
        throw new IOException($"cannot look at '{path}'");
    }

    /// <summary>The stamp of the opened file, in one system call.</summary>
    public static FileStamp Of(SafeFileHandle handle)
    {
        if (OperatingSystem.IsWindows()) return new(RandomAccess.GetLength(handle), File.GetLastWriteTimeUtc(handle).Ticks, 0, 0);
        if (NativeStat.HandleStat(handle, out var status) == 0) return Of(status);
        return new(RandomAccess.GetLength(handle), File.GetLastWriteTimeUtc(handle).Ticks, 0, 0); // throws what is wrong, if anything
    }

    private static FileStamp Of(in NativeStat.Status status) => new(
        status.Size,
        NativeStat.UtcTicks(status.WriteTime, status.WriteTimeNanoseconds),
        NativeStat.UtcTicks(status.ChangeTime, status.ChangeTimeNanoseconds),
        status.Inode);
}
