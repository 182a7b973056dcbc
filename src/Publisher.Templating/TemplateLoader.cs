using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Publisher.Templating;

/// <summary>Lets templates <c>include 'shared/article-body.sbn'</c> through the same override rules.</summary>
internal sealed class TemplateLoader(TemplateSet templates) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var template = templates.Get(templateName); // parses once and reports a broken include with its own file:line:col
        var path = templates.PathOf(templateName);
        context.CachedTemplates.TryAdd(path, template); // so include reuses the parsed template instead of reading and parsing the file on every render
        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
