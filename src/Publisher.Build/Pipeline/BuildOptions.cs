namespace Publisher.Build.Pipeline;

/// <summary>What one <c>publisher build</c> is asked to do.</summary>
/// <param name="ContentDirectory">Folder with article files and <c>site.yml</c>.</param>
/// <param name="OutputDirectory">Folder the outputs go to (created if missing).</param>
/// <param name="Formats">Format names to build (<c>feeds</c>, <c>epub</c>, <c>pdf</c>, <c>json</c>); empty means feeds, epub and pdf.</param>
/// <param name="TemplatesDirectory">Optional folder whose templates override the shipped ones by name.</param>
/// <param name="Strict">Warnings count as errors.</param>
/// <param name="Force">Rebuild every output even if its inputs did not change.</param>
public sealed record BuildOptions(
    string ContentDirectory,
    string OutputDirectory,
    IReadOnlySet<string> Formats,
    string? TemplatesDirectory = null,
    bool Strict = false,
    bool Force = false);
