using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Templating;

/// <summary>
/// The template context of <see cref="TemplateRenderer"/>: a view that brings its own member accessor
/// (<see cref="ITemplateView"/>) is read through it, every other object as Scriban reads it (by reflection); and a value
/// passed where a function takes any object is passed as it is.
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
}
