namespace Publisher.Core.Parsing;

/// <summary>
/// File endings of a site's assets, which a content folder holds beside its articles: pictures, style sheets and
/// scripts, documents, fonts, audio and video. The content loader skips them without a word; any other ending it
/// does not read gets a warning (a <c>notes.docx</c>, a <c>post.markdown</c> is worth one). A Markdown image reference
/// is checked on its own line, not here.
/// </summary>
public static class SiteAssets
{
    private static readonly HashSet<string> Endings = new(StringComparer.OrdinalIgnoreCase)
    {
        // pictures
        ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".bmp", ".tif", ".tiff", ".ico", ".heic",
        // style sheets and scripts
        ".css", ".js", ".mjs",
        // documents
        ".pdf",
        // fonts
        ".woff", ".woff2", ".ttf", ".otf", ".eot",
        // audio and video
        ".mp3", ".m4a", ".ogg", ".oga", ".opus", ".wav", ".flac", ".mp4", ".m4v", ".webm", ".ogv", ".mov",
    };

    /// <summary>Whether a file of this name is an asset of the site (by its ending, case ignored).</summary>
    public static bool IsAsset(ReadOnlySpan<char> name)
    {
        var extension = Path.GetExtension(name);
        return !extension.IsEmpty && Endings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(extension);
    }
}
