using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Templating;

/// <summary>
/// <c>include 'name' args…</c> as Scriban's own include does it (the same template lookup through the loader, the same
/// <c>$1…</c> arguments, the same recursion limit, the included text returned as a string), but rendered into this
/// thread's pooled <see cref="CharBufferOutput"/>: Scriban's pushes a new string builder per include, which grows
/// chunk by chunk and is then copied into the string, three times the text allocated per include instead of once.
/// An include that is a statement of its own is not made a string at all: it renders into the caller's output.
/// </summary>
internal sealed class BufferedInclude(IScriptCustomFunction scribanInclude) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (callerContext is null) return scribanInclude.Invoke(context, callerContext, arguments, blockStatement);
        if (arguments.Count == 0)
            throw new ScriptRuntimeException(callerContext.Span, "Expecting at least the name of the template to include for the <include> function");
        var name = context.ObjectToString(arguments[0]);
        if (string.IsNullOrEmpty(name)) throw new ScriptRuntimeException(callerContext.Span, "Include template name cannot be null or empty");
        var loader = context.TemplateLoader ?? throw new ScriptRuntimeException(callerContext.Span, $"Unable to include <{name}>: no template loader");
        var path = loader.GetPath(context, callerContext.Span, name)
            ?? throw new ScriptRuntimeException(callerContext.Span, $"Include template path is null for `{name}`");
        if (!context.CachedTemplates.TryGetValue(path, out var template))
            throw new ScriptRuntimeException(callerContext.Span, $"The template `{name}` was not loaded"); // TemplateLoader caches every path it resolves

        // As Scriban renders an include: unindented (the caller indents the returned text), with its own arguments.
        context.EnterRecursive(callerContext);
        var indent = context.CurrentIndent;
        context.CurrentIndent = null;
        var direct = WritesStraightThrough(context, callerContext, indent);
        var output = direct ? null : CharBufferOutput.Rent();
        if (output is not null) context.PushOutput(output);
        var previousArguments = ArgumentsOf(context);
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            if (indent is not null) context.ResetPreviousNewLine();
            template.Render(context);
            if (indent is not null) context.ResetPreviousNewLine();
            return output is null ? null : new string(output.Text);
        }
        finally
        {
            if (output is not null)
            {
                context.PopOutput();
                CharBufferOutput.Return(output);
            }
            context.CurrentIndent = indent;
            context.ExitRecursive(callerContext);
            context.DeleteValue(ScriptVariable.Arguments);
            if (previousArguments is not null) context.SetValue(ScriptVariable.Arguments, previousArguments, true);
        }
    }

    /// <summary>
    /// Whether the included text can go straight into the caller's output instead of coming back as a string: when the
    /// include is a statement of its own (<c>{{ include 'x' }}</c>, whose value the caller would write as it is),
    /// not indented (Scriban gives a statement at the start of a line an empty indent), into one of this library's
    /// outputs. Scriban's capture output is not one: <c>Template.Render</c> empties it.
    /// </summary>
    private static bool WritesStraightThrough(TemplateContext context, ScriptNode callerContext, string? indent) =>
        string.IsNullOrEmpty(indent)
        && context.EnableOutput
        && callerContext.Parent is ScriptExpressionStatement
        && context.Output is CharBufferOutput or Utf8StreamOutput or WriterOutput;

    /// <summary>The arguments of the include or function being rendered (<c>$</c>), null outside any: read without failing on strict variables.</summary>
    private static object? ArgumentsOf(TemplateContext context)
    {
        var strict = context.StrictVariables;
        context.StrictVariables = false;
        try
        {
            return context.GetValue(ScriptVariable.Arguments);
        }
        finally
        {
            context.StrictVariables = strict;
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
