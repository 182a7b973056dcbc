namespace Publisher.Core.Diagnostics;

/// <summary>
/// A file's path as the user reaches it from where they stand, as compilers print it: the folder as they typed it on
/// the command line (relative stays relative, absolute stays absolute) joined with the file's path below it.
/// </summary>
public static class ShownPath
{
    /// <param name="folderAsTyped">The folder as given: <c>content</c>, <c>../site/</c>, <c>/srv/site</c>, <c>.</c>.</param>
    /// <param name="below">The path below it, '/'-separated; <c>""</c> for the folder itself.</param>
    /// <returns><c>content/posts/a.md</c>; <c>posts/a.md</c> for the folder <c>.</c> (not <c>./posts/a.md</c>).</returns>
    public static string Join(string folderAsTyped, string below)
    {
        if (below.Length == 0) return folderAsTyped;
        if (Path.DirectorySeparatorChar != '/') below = below.Replace('/', Path.DirectorySeparatorChar);
        var folder = Path.TrimEndingDirectorySeparator(folderAsTyped);
        if (folder is "" or ".") return below;
        return Path.EndsInDirectorySeparator(folder) ? folder + below : string.Concat(folder, Path.DirectorySeparatorChar.ToString(), below);
    }
}
