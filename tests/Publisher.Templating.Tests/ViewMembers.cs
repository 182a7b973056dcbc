using System.Reflection;
using System.Runtime.CompilerServices;
using Scriban;
using Xunit;

namespace Publisher.Templating.Tests;

/// <summary>
/// Checks a view's own accessor (<see cref="ITemplateView"/>) against the accessor Scriban would use without it (by
/// reflection): the same member names, and the same value for each, on an instance whose every field holds a
/// distinct value. Shared with the EPUB tests, whose views are checked the same way.
/// </summary>
internal static class ViewMembers
{
    public static void AssertSameAsReflection(Type viewType)
    {
        var view = Filled(viewType);
        var context = new TemplateContext();
        var reflected = context.GetMemberAccessor(view); // a plain context does not know ITemplateView
        var own = ((ITemplateView)view).Accessor;
        Assert.NotSame(reflected, own);

        var names = reflected.GetMembers(context, default, view).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(names);
        Assert.Equal(names, own.GetMembers(context, default, view).Order(StringComparer.Ordinal));
        Assert.Equal(names.Count, own.GetMemberCount(context, default, view));
        foreach (var name in names)
        {
            Assert.True(own.HasMember(context, default, view, name), name);
            Assert.True(reflected.TryGetValue(context, default, view, name, out var expected), name);
            Assert.True(own.TryGetValue(context, default, view, name, out var actual), name);
            Assert.Equal(expected, actual);
        }
        Assert.False(own.HasMember(context, default, view, "no_such_member"));
        Assert.False(own.TryGetValue(context, default, view, "no_such_member", out _));
    }

    /// <summary>Every concrete type of <paramref name="assembly"/> that brings its own accessor.</summary>
    public static IEnumerable<Type> ViewTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => typeof(ITemplateView).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false });

    /// <summary>An instance with a distinct value in every field it declares (lists empty, objects uninitialised).</summary>
    private static object Filled(Type type)
    {
        var view = RuntimeHelpers.GetUninitializedObject(type);
        var number = 1;
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
        {
            var kind = Nullable.GetUnderlyingType(field.FieldType) ?? field.FieldType;
            object? value = kind switch
            {
                _ when kind == typeof(string) => $"{type.Name}.{field.Name}",
                _ when kind == typeof(int) => number++,
                _ when kind == typeof(long) => (long)number++,
                _ when kind == typeof(float) => (float)number++,
                _ when kind == typeof(bool) => true,
                { IsGenericType: true } when kind.GetGenericTypeDefinition() is var d && (d == typeof(IReadOnlyList<>) || d == typeof(IEnumerable<>)) =>
                    Array.CreateInstance(kind.GetGenericArguments()[0], 0),
                { IsClass: true, IsAbstract: false } => RuntimeHelpers.GetUninitializedObject(kind),
                _ => null,
            };
            field.SetValue(view, value);
        }
        return view;
    }
}
