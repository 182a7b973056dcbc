using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Publisher.Core.Parsing;

/// <summary>
/// <c>stat</c>, <c>lstat</c> and <c>fstat</c> through the runtime's own native library (System.Native, which Native AOT links
/// in): .NET exposes neither a path's type as <c>stat</c> tells it (its attributes call a FIFO a normal file) nor a file's
/// inode number and status change time. Unix only.
/// </summary>
internal static partial class NativeStat
{
    /// <summary>
    /// System.Native's <c>FileStatus</c> (pal_io.h), the same on every Unix .NET runs on; room after it, which is not read.
    /// Times are seconds since 1970 and their nanoseconds.
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    public struct Status
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
        public long Size;
        public long AccessTime;
        public long AccessTimeNanoseconds;
        public long WriteTime;
        public long WriteTimeNanoseconds;
        public long ChangeTime;
        public long ChangeTimeNanoseconds;
        public long BirthTime;
        public long BirthTimeNanoseconds;
        public long Device;
        public long SpecialDevice;
        public long Inode;
    }

    /// <summary>A time of <see cref="Status"/> as UTC ticks, as <see cref="File.GetLastWriteTimeUtc(string)"/> gives it.</summary>
    public static long UtcTicks(long seconds, long nanoseconds) =>
        DateTime.UnixEpoch.Ticks + seconds * TimeSpan.TicksPerSecond + nanoseconds / TimeSpan.NanosecondsPerTick;

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Stat(string path, out Status status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int LinkStat(string path, out Status status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_FStat")]
    public static partial int HandleStat(SafeFileHandle handle, out Status status);
}
