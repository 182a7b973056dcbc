using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Templating;

/// <summary>
/// The template context of <see cref="TemplateRenderer"/>: a view that brings its own member accessor
/// (<see cref="ITemplateView"/>) is read through it, every other object as Scriban reads it (by reflection); and a value
/// passed where a function takes any object is passed as it is; <c>value | escape</c> escapes the value without a function call.
/// </summary>
internal sealed class ViewContext(ScriptObject builtins) : TemplateContext(builtins)
{
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        target is ITemplateView view ? view.Accessor : base.GetMemberAccessorImpl(target);

    /// <summary>
    /// Every argument of <c>| escape</c> and of an include is converted to <see cref="object"/>; Scriban gets there
    /// after a dozen type tests (enum, convertible-from, primitive, list), the most expensive step of a render. Their
    /// outcome for <see cref="object"/> is the value itself, unless the value converts itself (<see cref="IScriptConvertibleTo"/>).
    /// </summary>
    public override object? ToObject(SourceSpan span, object? value, Type destinationType) =>
        destinationType == typeof(object) && value is not IScriptConvertibleTo ? value : base.ToObject(span, value, destinationType);

    /// <summary>
    /// <c>value | escape</c>, the most frequent expression of every page, is evaluated as <see cref="TemplateFunctions.Escape"/>
    /// of the value: Scriban's call allocates an argument array per call (a script array, its list and the list's
    /// array) and enters and leaves a function scope, for a function that only reads its one argument. Any other
    /// pipe, and <c>escape</c> bound to something else, goes the usual way.
    /// </summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction) =>
        !aliasReturnedFunction && scriptNode is ScriptPipeCall { From: { } from, To: ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "escape" } escape, Arguments.Count: 0 } }
        && GetValue(escape) is EscapeFunction
            ? TemplateFunctions.Escape(Evaluate(from))
            : base.Evaluate(scriptNode, aliasReturnedFunction);
}
