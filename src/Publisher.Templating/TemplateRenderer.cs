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
    private readonly ThreadLocal<RenderState> _states;

    public TemplateRenderer(TemplateSet templates)
    {
        Templates = templates;
        _loader = new TemplateLoader(templates);
        _states = new ThreadLocal<RenderState>(CreateState);
    }

    public TemplateSet Templates { get; }

    /// <summary>Renders <paramref name="name"/>; <paramref name="globals"/> become top-level variables (snake_case members).</summary>
    public string Render(string name, IReadOnlyDictionary<string, object?> globals) => Render(name, globals, static text => new string(text));

    /// <summary>Renders <paramref name="name"/> into <paramref name="output"/> (a large page need not exist as one string).</summary>
    public void Render(string name, IReadOnlyDictionary<string, object?> globals, TextWriter output)
    {
        RenderWith(name, globals, new WriterOutput(output));
        output.Flush();
    }

    /// <summary>Renders <paramref name="name"/> into <paramref name="output"/> as UTF-8 without a byte order mark.</summary>
    public void Render(string name, IReadOnlyDictionary<string, object?> globals, Stream output)
    {
        var text = Utf8StreamOutput.Rent(output);
        try
        {
            RenderWith(name, globals, text);
        }
        catch
        {
            Utf8StreamOutput.Return(text);
            throw;
        }
        Utf8StreamOutput.Finish(text);
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

    private void RenderWith(string name, IReadOnlyDictionary<string, object?> globals, IScriptOutput output)
    {
        var template = Templates.Get(name);
        var state = _states.Value!;
        var context = state.Context;
        var root = state.TakeRoot();
        foreach (var (key, value) in globals) root.SetValue(key, value, readOnly: true);
        context.PushGlobal(root);
        context.PushOutput(output);
        try
        {
            template.Render(context);
            context.PopOutput();
            context.PopGlobal();
            state.GiveBack(root);
        }
        catch (ScriptRuntimeException e)
        {
            _states.Value = CreateState();
            throw new TemplateError(Templates.Locate(e.Span.FileName ?? Templates.PathOf(name), e.Span), e.OriginalMessage);
        }
        catch
        {
            _states.Value = CreateState();
            throw;
        }
    }

    private RenderState CreateState() => new(CreateContext());

    private ViewContext CreateContext()
    {
        var context = new ViewContext(Builtins)
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

    /// <summary>
    /// A thread's context and the global scope its renders fill: the scope is cleared after each render instead of
    /// made anew (a dictionary and a script object less per page). A render within a render gets a scope of its own.
    /// </summary>
    private sealed class RenderState(TemplateContext context)
    {
        private ScriptObject? _spare = new();

        public TemplateContext Context { get; } = context;

        public ScriptObject TakeRoot()
        {
            var root = _spare ?? new ScriptObject();
            _spare = null;
            return root;
        }

        public void GiveBack(ScriptObject root)
        {
            root.Clear();
            _spare = root;
        }
    }

    // Import finds TemplateFunctions' methods by reflection: DynamicDependency keeps them (and their metadata) in a
    // trimmed, Native AOT build, which makes the call safe.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(TemplateFunctions))]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "DynamicDependency keeps every public method Import reflects over.")]
    private static ScriptObject CreateFunctions()
    {
        var functions = new ScriptObject();
        functions.Import(typeof(TemplateFunctions));
        functions.SetValue("escape", new EscapeFunction(), readOnly: true);
        functions.SetValue("include", new BufferedInclude((IScriptCustomFunction)Builtins["include"]!), readOnly: true);
        return functions;
    }
}
