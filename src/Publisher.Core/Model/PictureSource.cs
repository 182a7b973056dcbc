namespace Publisher.Core.Model;

/// <summary>
/// How a <see cref="Picture"/> names its image. A local one is a content path: relative to the content folder, with
/// <c>/</c> between its parts, no <c>.</c> or <c>..</c> part and no leading <c>/</c> (the parser resolves what the
/// article wrote against the article's own folder and refuses a path that leaves the content folder). A remote one is
/// an absolute <c>http</c> or <c>https</c> URL, kept as written.
/// </summary>
public static class PictureSource
{
    public static bool IsRemote(string source) =>
        source.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
}
