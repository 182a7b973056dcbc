using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Scriban;
using Scriban.Parsing;

namespace Publisher.Templating;

/// <summary>
/// The templates of a build, by name (<c>shared/article-body.sbn</c>): a file of that name in the site's
/// override folder wins over the default one. Each template is read and parsed once, then shared by all threads.
/// </summary>
public sealed class TemplateSet
{
    private readonly string _defaultDirectory;
    private readonly string? _overrideDirectory;
    private readonly ConcurrentDictionary<string, Lazy<(Template Template, string Hash)>> _cache = new(StringComparer.Ordinal);

    public TemplateSet(string defaultDirectory, string? overrideDirectory = null)
    {
        _defaultDirectory = Path.GetFullPath(defaultDirectory);
        _overrideDirectory = overrideDirectory is null ? null : Path.GetFullPath(overrideDirectory);
    }

    /// <summary>The templates shipped beside the program (<c>bin/…/templates</c>).</summary>
    public static string ShippedDirectory => Path.Combine(AppContext.BaseDirectory, "templates");

    public Template Get(string name) => Load(name).Template;

    /// <summary>SHA-256 of the template text as found (override or default); the incremental build compares it.</summary>
    public string Hash(string name) => Load(name).Hash;

    /// <summary>Whether the site's override folder has a template of this name (which then wins over the shipped one).</summary>
    public bool IsOverridden(string name) => _overrideDirectory is not null && PathOf(name).StartsWith(_overrideDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Where a template name resolves to; the name must stay inside the template folders.</summary>
    public string PathOf(string name)
    {
        if (name.Length == 0 || Path.IsPathRooted(name) || name.Split('/', '\\').Any(p => p is "" or "." or ".."))
            throw new TemplateError(name, "a template name is a relative path such as 'shared/article-body.sbn'");
        if (_overrideDirectory is not null)
        {
            var candidate = Path.Combine(_overrideDirectory, name);
            if (File.Exists(candidate)) return candidate;
        }
        var fallback = Path.Combine(_defaultDirectory, name);
        if (!File.Exists(fallback)) throw new TemplateError(name, $"template not found in {_overrideDirectory ?? "(no override folder)"} or {_defaultDirectory}");
        return fallback;
    }

    private (Template Template, string Hash) Load(string name) =>
        _cache.GetOrAdd(name, n => new Lazy<(Template, string)>(() => Parse(n))).Value;

    private (Template, string) Parse(string name)
    {
        var path = PathOf(name);
        var text = File.ReadAllText(path, Encoding.UTF8);
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw new TemplateError(Locate(path, first.Span), first.Message);
        }
        return (template, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }

    internal static string Locate(string path, SourceSpan span) => $"{path}:{span.Start.Line + 1}:{span.Start.Column + 1}";
}
