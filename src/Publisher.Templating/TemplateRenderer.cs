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

    /// <summary>
    /// One context per thread, reused: creating a <see cref="TemplateContext"/> costs more than rendering a small
    /// template, and a reused context keeps the parsed includes. Each render pushes its own globals and pops them
    /// after; a render that fails throws its context away.
    /// </summary>
    private readonly ThreadLocal<TemplateContext> _contexts = new(() => null!);

    /// <summary>Renders <paramref name="name"/>; <paramref name="globals"/> become top-level variables (snake_case members).</summary>
    public string Render(string name, IReadOnlyDictionary<string, object?> globals)
    {
        var template = Templates.Get(name);
        var context = _contexts.Value ??= CreateContext();
        var root = new ScriptObject();
        foreach (var (key, value) in globals) root.SetValue(key, value, readOnly: true);
        context.PushGlobal(root);
        if (context.Output is StringBuilderOutput output) output.Builder.Clear();
        try
        {
            var text = template.Render(context);
            context.PopGlobal();
            return text;
        }
        catch (ScriptRuntimeException e)
        {
            _contexts.Value = null!;
            throw new TemplateError(TemplateSet.Locate(e.Span.FileName ?? Templates.PathOf(name), e.Span), e.OriginalMessage);
        }
        catch
        {
            _contexts.Value = null!;
            throw;
        }
    }

    private TemplateContext CreateContext()
    {
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
        return context;
    }

    private static ScriptObject CreateFunctions()
    {
        var functions = new ScriptObject();
        functions.Import(typeof(TemplateFunctions));
        return functions;
    }
}
