using Publisher.Build.ModelJson;
using Publisher.Core.Output;
using Publisher.Epub;
using Publisher.Feeds;
using Publisher.Pdf;
using Publisher.Templating;

namespace Publisher.Build.Pipeline;

/// <summary>Every output format the build knows, by name.</summary>
public static class FormatCatalog
{
    public static IReadOnlyList<IOutputFormat> All(TemplateRenderer renderer) =>
    [
        new ModelJsonFormat(),
        new FeedsFormat(renderer),
        new EpubFormat(renderer),
        new PdfDigestFormat(renderer),
    ];
}
