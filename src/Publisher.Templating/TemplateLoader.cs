using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Publisher.Templating;

/// <summary>Lets templates <c>include 'shared/article-body.sbn'</c> through the same override rules.</summary>
internal sealed class TemplateLoader(TemplateSet templates) : ITemplateLoader
{
    private readonly ConcurrentDictionary<string, (string Path, Template Template)> _resolved = new(StringComparer.Ordinal);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        // Parses once and reports a broken include with its own file:line:col; resolved once per renderer, not per render.
        var (path, template) = _resolved.GetOrAdd(templateName, name => (templates.PathOf(name), templates.Get(name)));
        context.CachedTemplates[path] = template; // so Scriban neither reads nor parses the file again
        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
