using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Templating;

/// <summary>
/// <c>| escape</c> (<see cref="TemplateFunctions.Escape"/>) as a function Scriban calls directly: the reflection-made
/// wrapper it would otherwise use copies the arguments into an array and checks them again on every call.
/// </summary>
internal sealed class EscapeFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        TemplateFunctions.Escape(arguments[0]);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
