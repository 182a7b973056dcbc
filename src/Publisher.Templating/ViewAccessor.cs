using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Publisher.Templating;

/// <summary>
/// Reads the members of a view type through delegates, under the snake_case names Scriban's reflection gives them
/// (<see cref="StandardMemberRenamer"/>): the same members, without a reflection call and its argument checks per read.
/// Read-only: a template cannot assign a view's member.
/// </summary>
public sealed class ViewAccessor<T> : IObjectAccessor where T : class
{
    private readonly Dictionary<string, Func<T, object?>> _members = new(StringComparer.Ordinal);

    /// <summary>Adds the property <paramref name="property"/> (its C# name: pass <c>nameof</c>), read by <paramref name="read"/>.</summary>
    public ViewAccessor<T> With(string property, Func<T, object?> read)
    {
        _members.Add(StandardMemberRenamer.Rename(property), read);
        return this;
    }

    public bool HasIndexer => false;

    public Type IndexType => typeof(object);

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _members.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _members.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _members.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_members.TryGetValue(member, out var read))
        {
            value = read((T)target);
            return true;
        }
        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
}
