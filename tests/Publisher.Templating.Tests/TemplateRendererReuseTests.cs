namespace Publisher.Templating.Tests;

/// <summary>The renderer reuses one Scriban context per thread; nothing a render assigns may reach the next one.</summary>
public class TemplateRendererReuseTests
{
    [Fact]
    public void A_variable_assigned_in_one_render_is_unknown_in_the_next()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "assign.sbn"), "{{ leaked = 'x' }}{{ leaked }}");
        File.WriteAllText(Path.Combine(dir.FullName, "read.sbn"), "{{ leaked }}");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));

        Assert.Equal("x", renderer.Render("assign.sbn", new Dictionary<string, object?>()));
        Assert.Throws<TemplateError>(() => renderer.Render("read.sbn", new Dictionary<string, object?>()));
    }

    [Fact]
    public void Renders_after_a_failed_render_and_across_threads_give_the_same_text()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "page.sbn"), "{{ for i in 1..3 }}{{ name }}{{ i }} {{ end }}");
        File.WriteAllText(Path.Combine(dir.FullName, "bad.sbn"), "{{ for i in 1..3 }}{{ nope }}{{ end }}");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));
        var globals = new Dictionary<string, object?> { ["name"] = "n" };

        var first = renderer.Render("page.sbn", globals);
        Assert.Throws<TemplateError>(() => renderer.Render("bad.sbn", globals));
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = renderer.Render("page.sbn", globals));

        Assert.Equal("n1 n2 n3 ", first);
        Assert.All(results, r => Assert.Equal(first, r));
    }

    [Fact]
    public void Rendering_into_a_writer_gives_the_same_text_and_leaves_the_next_render_alone()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "page.sbn"), "{{ for i in 1..200 }}{{ name }}{{ i }} {{ end }}");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));
        var globals = new Dictionary<string, object?> { ["name"] = "n" };

        var writer = new StringWriter();
        renderer.Render("page.sbn", globals, writer);
        var after = renderer.Render("page.sbn", globals);

        Assert.StartsWith("n1 n2 ", after);
        Assert.Equal(after, writer.ToString());
    }
}
