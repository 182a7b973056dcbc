namespace Publisher.Build.Incremental;

/// <summary>
/// What an output file looked like when a build wrote it, recorded in the manifest after its fingerprint: its length
/// (<c>@{length}</c>), so a file cut short, emptied or overwritten with another length since is written again (one
/// changed in place to the same length is not noticed: reading every output back would cost more than building it). Not its write time: the
/// manifest, like every output, depends only on the content.
/// </summary>
public static class OutputStamp
{
    /// <summary>The file's stamp, or null when it does not exist.</summary>
    public static string? Of(string file)
    {
        var info = new FileInfo(file);
        return info.Exists ? $"@{info.Length}" : null;
    }
}
