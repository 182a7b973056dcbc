using System.Runtime.CompilerServices;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Templating;

/// <summary>
/// <c>include 'name' args…</c> exactly as Scriban's own (its <c>IncludeFunction</c> and
/// <c>TemplateContext.RenderTemplate</c>, Scriban.Signed 7.5.3), except where the included template's text goes:
/// a builder kept per thread instead of a new one per include, which for an article body grew chunk by chunk
/// into a second copy of the text. Only the returned string is new.
/// </summary>
internal sealed class IncludeFunction : IScriptCustomFunction
{
    /// <summary>Builders larger than this (a huge include) are not kept.</summary>
    private const int KeptCapacity = 1 << 18;

    [ThreadStatic]
    private static StringBuilder? spare;

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        var caller = callerContext ?? context.CurrentNode;
        if (arguments.Count == 0)
            throw new ScriptRuntimeException(span, "Expecting at least the name of the template to include for the <include> function");
        var name = context.ObjectToString(arguments[0]);
        if (caller is null) throw new ScriptRuntimeException(span, "Unable to resolve the include caller context.");
        var path = context.GetTemplatePathFromName(name, caller);
        if (path is null) return null;
        return Render(context, context.GetOrCreateTemplate(path, caller), arguments, caller);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private static string Render(TemplateContext context, Template template, ScriptArray arguments, ScriptNode caller)
    {
        context.EnterRecursive(caller);
        var indent = context.CurrentIndent;
        var previousTextWasNewLine = PreviousTextWasNewLine(context);
        context.CurrentIndent = null;
        var builder = spare ?? new StringBuilder(4096);
        spare = null; // an include within this one takes a builder of its own
        context.PushOutput(new StringBuilderOutput(builder));
        var named = NamedArguments(context, caller);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            if (named is not null)
            {
                foreach (var (key, value) in named)
                    context.SetValue(ScriptVariable.Create(key, ScriptVariableScope.Local), value, asReadOnly: false, force: true);
            }
            if (indent is not null) context.ResetPreviousNewLine();
            return template.Render(context); // the text as a string; Render empties the builder
        }
        finally
        {
            context.PopLocal();
            context.PopOutput();
            builder.Clear();
            if (builder.Capacity <= KeptCapacity) spare = builder;
            context.CurrentIndent = indent;
            PreviousTextWasNewLine(context) = previousTextWasNewLine;
            context.ExitRecursive(caller);
        }
    }

    /// <summary><c>include 'x' a name: value</c>: the named ones become local variables of the included template.</summary>
    private static List<(string Key, object? Value)>? NamedArguments(TemplateContext context, ScriptNode caller)
    {
        if (caller is not ScriptFunctionCall { Arguments.Count: > 0 } call) return null;
        List<(string, object?)>? named = null;
        foreach (var argument in call.Arguments)
        {
            if (argument is ScriptNamedArgument { Name.Name: { } key, Value: { } value })
            {
                named ??= [];
                var evaluated = value.Evaluate(context);
                var existing = named.FindIndex(n => n.Item1 == key);
                if (existing >= 0) named[existing] = (key, evaluated);
                else named.Add((key, evaluated));
            }
        }
        return named;
    }

    /// <summary>Whether the last text written ended a line; Scriban keeps it per context for indentation and restores it after an include.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    private static extern ref bool PreviousTextWasNewLine(TemplateContext context);
}
