using Scriban;
using Scriban.Runtime;

namespace Publisher.Templating;

/// <summary>
/// The template context of <see cref="TemplateRenderer"/>: a view that brings its own member accessor
/// (<see cref="ITemplateView"/>) is read through it, every other object as Scriban reads it (by reflection).
/// </summary>
internal sealed class ViewContext(ScriptObject builtins) : TemplateContext(builtins)
{
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        target is ITemplateView view ? view.Accessor : base.GetMemberAccessorImpl(target);
}
