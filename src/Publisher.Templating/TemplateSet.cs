using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Publisher.Core.Diagnostics;

namespace Publisher.Templating;

/// <summary>
/// The templates of a build, by name (<c>shared/article-body.sbn</c>): a file of that name in the site's
/// override folder wins over the default one. Each template is read and parsed once, then shared by all threads.
/// </summary>
public sealed class TemplateSet
{
    private readonly string _defaultDirectory;
    private readonly string? _overrideDirectory;
    private readonly string? _overrideAsTyped;
    private readonly ConcurrentDictionary<string, Lazy<(Template Template, string Hash)>> _cache = new(StringComparer.Ordinal);

    public TemplateSet(string defaultDirectory, string? overrideDirectory = null)
    {
        _defaultDirectory = Path.GetFullPath(defaultDirectory);
        _overrideDirectory = overrideDirectory is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(overrideDirectory)); // --templates t/ too
        _overrideAsTyped = overrideDirectory;
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
        if (!File.Exists(fallback)) throw new TemplateError(name, $"template not found in {_overrideAsTyped ?? "(no override folder)"} or {_defaultDirectory}");
        return fallback;
    }

    /// <summary>
    /// A template file's path as the user reaches it, for diagnostics: one in the override folder below that folder as
    /// typed (<c>--templates site/templates</c>: <c>site/templates/feed/entry.sbn</c>), a shipped one in full.
    /// </summary>
    public string Shown(string path) =>
        _overrideDirectory is not null && _overrideAsTyped is not null && path.StartsWith(_overrideDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? ShownPath.Join(_overrideAsTyped, path[(_overrideDirectory.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/'))
            : path;

    /// <summary>Where a template name resolves to (<see cref="PathOf"/>), as the user reaches it (<see cref="Shown"/>).</summary>
    public string ShownPathOf(string name) => Shown(PathOf(name));

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

    /// <summary>A place in a template file as diagnostics name it: <c>path:line:col</c>, the path <see cref="Shown"/>.</summary>
    internal string Locate(string path, SourceSpan span) => $"{Shown(path)}:{span.Start.Line + 1}:{span.Start.Column + 1}";
}
