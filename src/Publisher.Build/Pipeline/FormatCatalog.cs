using Publisher.Build.ModelJson;
using Publisher.Core.Output;
using Publisher.Epub;
using Publisher.Templating;

namespace Publisher.Build.Pipeline;

/// <summary>Every output format the build knows, by name.</summary>
public static class FormatCatalog
{
    public static IReadOnlyList<IOutputFormat> All(TemplateRenderer renderer) =>
    [
        new ModelJsonFormat(),
        new EpubFormat(renderer),
    ];


}
