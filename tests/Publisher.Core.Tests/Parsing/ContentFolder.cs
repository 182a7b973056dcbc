namespace Publisher.Core.Tests.Parsing;

/// <summary>A content folder in a fresh temporary directory, for tests that load files as the build does.</summary>
internal static class ContentFolder
{
    /// <summary>Writes each file at its path under a new folder (sub-folders made as needed) and returns the folder.</summary>
    public static string Write(string prefix, params (string Path, string Text)[] files)
    {
        var root = Directory.CreateTempSubdirectory(prefix).FullName;
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return root;
    }
}
