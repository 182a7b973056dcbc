namespace Publisher.Build.Pipeline;

/// <summary>
/// Writes a file so that readers only ever see the old or the new whole file: the bytes go to a temporary file
/// beside the target, which is then renamed over it. A killed build leaves every target whole. Files are not
/// fsynced one by one (≈ 3 ms each, seconds for a big build); like make, ninja and Hugo, durability across a
/// power cut is left to the file system (ext4 and others flush a file renamed over an existing one).
/// <see cref="WriteIfChanged"/> leaves a file whose bytes would not change as it is, with its modification time.
/// </summary>
public static class AtomicFile
{
    public const string TemporarySuffix = ".publisher-tmp";

    public static void Write(string path, Action<Stream> write) => Write(path, write, keepSame: false);

    /// <summary>
    /// As <see cref="Write(string, Action{Stream})"/>, but when the file holds exactly the bytes written already it is left
    /// alone (the temporary file is deleted): its modification time stays, which rsync and HTTP caches
    /// (If-Modified-Since) go by. False when the file was left alone.
    /// </summary>
    public static bool WriteIfChanged(string path, Action<Stream> write) => Write(path, write, keepSame: true);

    private static bool Write(string path, Action<Stream> write, bool keepSame)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}{TemporarySuffix}";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }
            if (keepSame && SameBytes(temporary, path))
            {
                File.Delete(temporary);
                return false;
            }
            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Whether both files exist and hold the same bytes: lengths first, then the contents.</summary>
    private static bool SameBytes(string made, string existing)
    {
        var old = new FileInfo(existing);
        if (!old.Exists || old.Length != new FileInfo(made).Length) return false;
        using var a = new FileStream(made, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var b = new FileStream(existing, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var left = new byte[1 << 16];
        var right = new byte[1 << 16];
        while (true)
        {
            var read = a.ReadAtLeast(left, left.Length, throwOnEndOfStream: false);
            if (read == 0) return b.ReadByte() < 0;
            if (b.ReadAtLeast(right.AsSpan(0, read), read, throwOnEndOfStream: false) != read) return false;
            if (!left.AsSpan(0, read).SequenceEqual(right.AsSpan(0, read))) return false;
        }
    }

    /// <summary>Removes temporary files a killed build left behind.</summary>
    public static void CleanLeftovers(string directory)
    {
        if (!Directory.Exists(directory)) return;
        foreach (var leftover in Directory.EnumerateFiles(directory, "*" + TemporarySuffix, SearchOption.AllDirectories))
            File.Delete(leftover);
    }
}
