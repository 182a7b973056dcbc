using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Templating;

/// <summary>
/// Renders a named template with a model. Strict: an unknown variable or member fails the render with its
/// location, so a typo in a template fails the build instead of printing nothing. Thread-safe.
/// </summary>
/// <remarks>
/// Each thread keeps one <see cref="TemplateContext"/> and reuses it: a fresh context per render costs several
/// times more (it re-reflects every model type and re-resolves includes). Every render gets its own global scope,
/// pushed before and popped after, so nothing a template assigns survives into the next render; a context that
/// failed is dropped.
/// </remarks>
public sealed class TemplateRenderer
{
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();
    private static readonly ScriptObject Functions = CreateFunctions();
    private readonly TemplateLoader _loader;
    private readonly ThreadLocal<TemplateContext> _contexts;

    public TemplateRenderer(TemplateSet templates)
    {
        Templates = templates;
        _loader = new TemplateLoader(templates);
        _contexts = new ThreadLocal<TemplateContext>(CreateContext);
    }

    public TemplateSet Templates { get; }

    /// <summary>Renders <paramref name="name"/>; <paramref name="globals"/> become top-level variables (snake_case members).</summary>
    public string Render(string name, IReadOnlyDictionary<string, object?> globals) => RenderWith(name, globals, output: null);

    /// <summary>Renders <paramref name="name"/> into <paramref name="output"/> (a large page need not exist as one string).</summary>
    public void Render(string name, IReadOnlyDictionary<string, object?> globals, TextWriter output)
    {
        RenderWith(name, globals, new WriterOutput(output));
        output.Flush();
    }

    /// <summary>
    /// Renders <paramref name="name"/> and hands the text to <paramref name="read"/> as a span, valid only during
    /// that call: the caller makes the one string it keeps (or none) without an intermediate copy.
    /// </summary>
    public T Render<T>(string name, IReadOnlyDictionary<string, object?> globals, RenderedTextReader<T> read)
    {
        var output = CharBufferOutput.Rent();
        try
        {
            RenderWith(name, globals, output);
            return read(output.Text);
        }
        finally
        {
            CharBufferOutput.Return(output);
        }
    }

    private string RenderWith(string name, IReadOnlyDictionary<string, object?> globals, IScriptOutput? output)
    {
        var template = Templates.Get(name);
        var context = _contexts.Value!;
        var root = new ScriptObject();
        foreach (var (key, value) in globals) root.SetValue(key, value, readOnly: true);
        context.PushGlobal(root);
        if (output is not null) context.PushOutput(output);
        try
        {
            var text = template.Render(context);
            if (output is not null) context.PopOutput();
            context.PopGlobal();
            return text;
        }
        catch (ScriptRuntimeException e)
        {
            _contexts.Value = CreateContext();
            throw new TemplateError(TemplateSet.Locate(e.Span.FileName ?? Templates.PathOf(name), e.Span), e.OriginalMessage);
        }
        catch
        {
            _contexts.Value = CreateContext();
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

    // Import finds TemplateFunctions' methods by reflection: DynamicDependency keeps them (and their metadata) in a
    // trimmed, Native AOT build, which makes the call safe.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(TemplateFunctions))]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "DynamicDependency keeps every public method Import reflects over.")]
    private static ScriptObject CreateFunctions()
    {
        var functions = new ScriptObject();
        functions.Import(typeof(TemplateFunctions));
        return functions;
    }
}
