using System.Runtime.InteropServices;

namespace Publisher.Build.PictureReading;

/// <summary>
/// A path with every symbolic link in it followed (<c>realpath</c>), through the runtime's own native library: a
/// picture must be a file of the content folder, and a link inside it may lead anywhere (<c>img -&gt; /etc</c>).
/// </summary>
internal static partial class RealPath
{
    /// <summary>The real path, or null when it cannot be told (nothing there, or no permission to look).</summary>
    public static string? Of(string path)
    {
        if (!OperatingSystem.IsWindows()) return Native(path);
        // Windows has no realpath; links there need rights to make, and only the last part's link is followed.
        try
        {
            var full = Path.GetFullPath(path);
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
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
