using Publisher.Core.Model;

namespace Publisher.Core.Output;

/// <summary>
/// One output file a format will write: where, from which articles and templates (for the incremental build's
/// fingerprint), and how to write it. <see cref="Write"/> must depend only on those inputs, the site and the
/// code, and must write the same bytes every time.
/// </summary>
/// <param name="Path">Where the file goes below the output folder.</param>
/// <param name="Articles">The articles whose content ends up in the file.</param>
/// <param name="Templates">Names of the templates the file is rendered with (as the template loader names them).</param>
/// <param name="Write">Writes the whole file to the stream.</param>
public sealed record OutputJob(OutputPath Path, IReadOnlyList<Article> Articles, IReadOnlyList<string> Templates, Action<Stream> Write)
{
    /// <summary>The picture files whose bytes end up in the file (or that it is), for the fingerprint: a changed picture rewrites it.</summary>
    public IReadOnlyList<PictureFile> Pictures { get; init; } = [];
}
