using System.Runtime.InteropServices;

namespace Publisher.Core.Parsing;

/// <summary>
/// A path with every symbolic link in it followed: a picture must be a file of the content folder, and a link inside it
/// may lead anywhere (<c>img -&gt; /etc</c>); an output folder must not be the content folder by another name.
/// </summary>
public static partial class RealPath
{
    /// <summary>
    /// The real path of what exists (<c>realpath</c>, through the runtime's own native library, on Unix), or null when it
    /// cannot be told (nothing there, or no permission to look).
    /// </summary>
    public static string? Of(string path)
    {
        if (!OperatingSystem.IsWindows()) return Native(path);
        // Windows has no realpath; links there need rights to make.
        try
        {
            return Followed(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The absolute path with every symbolic link on the way replaced by its target, part by part; a part that does not
    /// exist (yet) stays as written, so a folder a build is about to make can be compared too.
    /// </summary>
    public static string Followed(string path) => Followed(path, links: 0);

    private static string Followed(string path, int links)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Join(current, part);
            // A cycle of links stops resolving after 40 of them, as the kernel gives up (ELOOP).
            current = links < 40 && new DirectoryInfo(next).LinkTarget is { } target ? Followed(Path.GetFullPath(target, current), links + 1) : next;
        }
        return current;
    }

    /// <summary>
    /// The real path of the file <paramref name="handle"/> has open, as the kernel tells it (<c>/proc/self/fd</c>), or
    /// null where it cannot be told (not Linux, or no <c>/proc</c>): a path checked before it was opened may since have
    /// been swapped for a link, the open file cannot.
    /// </summary>
    public static string? OfOpen(Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            return new FileInfo("/proc/self/fd/" + handle.DangerousGetHandle().ToInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_RealPath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial string? Native(string path);

    /// <summary>Whether <paramref name="path"/> (real) lies below <paramref name="folder"/> (real).</summary>
    public static bool IsInside(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
