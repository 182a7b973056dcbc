using Publisher.Build.ModelJson;
using Publisher.Core.Diagnostics;
using Publisher.Core.Output;
using Publisher.Epub;
using Publisher.Epub.Container;
using Publisher.Feeds;
using Publisher.Pdf;
using Publisher.Templating;

namespace Publisher.Build.Pipeline;

/// <summary>Every output format the build knows, by name.</summary>
public static class FormatCatalog
{
    /// <summary>
    /// Formats built when none are named: the reader-facing ones. The model dump (<c>json</c>) is built on
    /// request only; for a large site it is big and nobody subscribes to it.
    /// </summary>
    public static bool IsDefault(IOutputFormat format) => format is not ModelJsonFormat;

    /// <summary>Every format; <paramref name="sources"/> (the content folder) lets writers' warnings name lines.</summary>
    /// <param name="pieces">Where the EPUB stage keeps article pieces across builds (see <see cref="Incremental.PiecePack"/>), if anywhere.</param>
    public static IReadOnlyList<IOutputFormat> All(TemplateRenderer renderer, SourceLines? sources = null, IPieceStore? pieces = null) =>
    [
        new ModelJsonFormat(),
        new FeedsFormat(renderer),
        new EpubFormat(renderer, pieces),
        new PdfDigestFormat(renderer, sources),
    ];
}
