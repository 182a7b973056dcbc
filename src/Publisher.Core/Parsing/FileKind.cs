namespace Publisher.Core.Parsing;

/// <summary>What a path names, told without opening it: opening a FIFO waits for a writer forever, and a device never ends.</summary>
public enum FileKind
{
    /// <summary>A regular file, or a symbolic link to one: the only kind that is read.</summary>
    Regular,
    Folder,
    /// <summary>A FIFO, socket or device.</summary>
    Other,
    /// <summary>A symbolic link whose target does not exist.</summary>
    DanglingLink,
    /// <summary>Nothing, or what cannot be looked at (the error opening it tells why).</summary>
    Unknown,
}

/// <summary>
/// Tells a path's <see cref="FileKind"/> by <c>stat</c> (<see cref="NativeStat"/>), which .NET does not expose (its
/// attributes call a FIFO a normal file). On Windows, which has no FIFOs among files, by the attributes.
/// </summary>
public static class FileKinds
{
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows()) return Directory.Exists(path) ? FileKind.Folder : File.Exists(path) ? FileKind.Regular : FileKind.Unknown;
        if (NativeStat.Stat(path, out var status) == 0)
        {
            return (status.Mode & TypeMask) switch
            {
                RegularType => FileKind.Regular,
                FolderType => FileKind.Folder,
                _ => FileKind.Other,
            };
        }
        return NativeStat.LinkStat(path, out status) == 0 && (status.Mode & TypeMask) == LinkType ? FileKind.DanglingLink : FileKind.Unknown;
    }

    private const int TypeMask = 0xF000, RegularType = 0x8000, FolderType = 0x4000, LinkType = 0xA000;
}
