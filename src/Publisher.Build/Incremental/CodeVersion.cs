using Publisher.Core.Output;
using Publisher.Templating;

namespace Publisher.Build.Incremental;

/// <summary>
/// Identifies the code that writes a format: the module version ids of the format's assembly and of the
/// shared layers. Builds are deterministic, so the ids change exactly when the code does.
/// </summary>
public static class CodeVersion
{
    public static string Of(IOutputFormat format) => string.Join(',',
        new[] { format.GetType().Assembly, typeof(TemplateRenderer).Assembly, typeof(OutputJob).Assembly }
            .Distinct().Select(a => a.ManifestModule.ModuleVersionId.ToString("N")));
}
