namespace Publisher.Core.Parsing;

/// <summary>What the file system says of a file without reading it: its length and last write time (UTC ticks).</summary>
public readonly record struct FileStamp(long Length, long LastWriteUtcTicks)
{
    public static FileStamp Of(FileInfo file) => new(file.Length, file.LastWriteTimeUtc.Ticks);
}
