using Publisher.Templating.Views;
using Xunit;

namespace Publisher.Templating.Tests;

/// <summary>The views templates read through their own accessors expose exactly what Scriban's reflection did.</summary>
public class ViewAccessorTests
{
    public static TheoryData<Type> Views() => [.. ViewMembers.ViewTypes(typeof(ArticleView).Assembly)];

    [Theory]
    [MemberData(nameof(Views))]
    public void A_view_exposes_the_members_and_values_reflection_finds(Type view) => ViewMembers.AssertSameAsReflection(view);

    [Fact]
    public void Every_view_type_of_the_templates_brings_its_accessor()
    {
        var views = typeof(ArticleView).Assembly.GetTypes().Where(t => t.Namespace == typeof(ArticleView).Namespace && t.IsPublic && t.IsClass && !t.IsAbstract);
        Assert.All(views, t => Assert.True(typeof(ITemplateView).IsAssignableFrom(t) || t == typeof(ArticleViews), t.Name));
    }

    [Fact]
    public void An_unknown_member_of_a_view_fails_the_render_with_its_location()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "typo.sbn"), "ok\n{{ tag.nmae }}");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));

        var error = Assert.Throws<TemplateError>(() => renderer.Render("typo.sbn", new Dictionary<string, object?> { ["tag"] = new TagView("Name", "slug", "https://example.org/") }));

        Assert.Contains("typo.sbn:2:", error.Message);
        Assert.Contains("nmae", error.Message);
    }

    [Fact]
    public void A_template_cannot_assign_a_member_of_a_view()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "assign.sbn"), "{{ tag.name = 'x' }}");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));
        var tag = new TagView("Name", "slug", "https://example.org/");

        Assert.Throws<TemplateError>(() => renderer.Render("assign.sbn", new Dictionary<string, object?> { ["tag"] = tag }));
        Assert.Equal("Name", tag.Name);
    }
}
