using Scriban.Runtime;

namespace Publisher.Templating;

/// <summary>
/// A view object that tells templates its members itself (<see cref="ViewAccessor{T}"/>), so that reading
/// <c>article.headline</c> is a delegate call rather than reflection. Implement <see cref="Accessor"/> explicitly:
/// it must not become a member templates see.
/// </summary>
public interface ITemplateView
{
    /// <summary>The same accessor for every instance of the type.</summary>
    IObjectAccessor Accessor { get; }
}
