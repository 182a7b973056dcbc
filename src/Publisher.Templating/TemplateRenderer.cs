using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Templating;

/// <summary>
/// Renders a named template with a model. Strict: an unknown variable or member fails the render with its
/// location, so a typo in a template fails the build instead of printing nothing. Thread-safe.
/// </summary>
public sealed class TemplateRenderer(TemplateSet templates)
{
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();
    private static readonly ScriptObject Functions = CreateFunctions();
    private readonly TemplateLoader _loader = new(templates);

    public TemplateSet Templates { get; } = templates;

    /// <summary>Renders <paramref name="name"/>; <paramref name="globals"/> become top-level variables (snake_case members).</summary>
    public string Render(string name, IReadOnlyDictionary<string, object?> globals)
    {
        var template = Templates.Get(name);
        var context = new TemplateContext(Builtins)
        {
            TemplateLoader = _loader,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            LoopLimit = 0,
            RecursiveLimit = 64,
            LimitToString = 0,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(Functions);
        var root = new ScriptObject();
        foreach (var (key, value) in globals) root.SetValue(key, value, readOnly: true);
        context.PushGlobal(root);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateError(TemplateSet.Locate(e.Span.FileName ?? Templates.PathOf(name), e.Span), e.OriginalMessage);
        }
    }

    private static ScriptObject CreateFunctions()
    {
        var functions = new ScriptObject();
        functions.Import(typeof(TemplateFunctions));
        return functions;
    }
}
