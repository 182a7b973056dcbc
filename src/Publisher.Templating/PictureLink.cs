using Publisher.Core.Model;

namespace Publisher.Templating;

/// <summary>How one output shows a picture: where its image is (a URL, or a path inside a book) and its size in pixels (0 where unknown).</summary>
public sealed record PictureLink(string Src, int Width, int Height)
{
    /// <summary>
    /// The link to <paramref name="picture"/>'s file where the output puts it (<paramref name="src"/>), with the file's
    /// size; null when the picture has no file the build could use (remote, missing, refused), so its alt text is shown.
    /// </summary>
    public static PictureLink? ToFile(PictureFiles files, Picture picture, Func<PictureFile, string> src) =>
        files.Find(picture) is { } file ? new PictureLink(src(file), file.Width, file.Height) : null;
}
