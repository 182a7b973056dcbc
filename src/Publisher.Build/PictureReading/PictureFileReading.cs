using Publisher.Core.Parsing;

namespace Publisher.Build.PictureReading;

/// <summary>
/// Reads one picture file of the content folder, refusing what an output must not carry: anything but a regular file
/// (a FIFO would wait forever, a device never end), a file a link leads to outside the content folder (an article
/// could otherwise publish <c>/etc/shadow</c> or a home folder's photos), and a file too large to be a picture.
/// </summary>
internal static class PictureFileReading
{
    /// <summary>The most bytes a picture file may have (50 MB): more is a video, an archive or a mistake.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <param name="realContentDirectory">The content folder's own real path (<see cref="RealPath"/>).</param>
    /// <param name="contentPath">The picture's <see cref="Core.Model.PictureSource"/> content path.</param>
    public static PictureOutcome Read(string realContentDirectory, string contentPath, KnownPictures known)
    {
        var path = Path.Combine([realContentDirectory, .. contentPath.Split('/')]);
        switch (FileKinds.Of(path))
        {
            case FileKind.Folder: return PictureOutcome.Refused("is a folder, not a file");
            case FileKind.Other: return PictureOutcome.Refused("is not a regular file (a FIFO, socket or device)");
            case FileKind.DanglingLink: return PictureOutcome.Refused("is a link to a file that does not exist");
            case FileKind.Unknown when !Path.Exists(path): return PictureOutcome.Refused("there is no such file");
        }
        if (RealPath.Of(path) is not { } real) return PictureOutcome.Refused("cannot be read: the folders it is in cannot be looked into");
        if (!RealPath.IsInside(real, realContentDirectory)) return PictureOutcome.Refused("is a link that leads out of the content folder");
        try
        {
            using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            // A folder on the way may have been swapped for a link since the check: the file opened is checked too.
            if (RealPath.OfOpen(stream.SafeFileHandle) is { } opened && !RealPath.IsInside(opened, realContentDirectory))
                return PictureOutcome.Refused("is a link that leads out of the content folder");
            if (stream.Length > MaxBytes)
                return PictureOutcome.Refused($"is {stream.Length / (1024.0 * 1024):0.#} MB, more than the {MaxBytes / (1024 * 1024)} MB a picture may have");
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return PictureDecoding.Decode(contentPath, bytes, known);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return PictureOutcome.Refused($"cannot be read: {e.Message}");
        }
    }
}
