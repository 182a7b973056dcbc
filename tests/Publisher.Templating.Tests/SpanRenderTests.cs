namespace Publisher.Templating.Tests;

/// <summary>Rendering read as a span (no intermediate string) gives what the string render gives, also when it grows and nests.</summary>
public class SpanRenderTests
{
    [Fact]
    public void A_span_render_reads_the_same_text_as_the_string_render_also_after_a_long_one()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "page.sbn"), "{{ for i in 1..count }}{{ name }}{{ i }} {{ end }}");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));

        foreach (var count in new[] { 3, 20_000, 2 })
        {
            var globals = new Dictionary<string, object?> { ["name"] = "n", ["count"] = count };
            var expected = renderer.Render("page.sbn", globals);
            Assert.Equal(expected, renderer.Render("page.sbn", globals, text => new string(text)));
        }
    }

    [Fact]
    public void A_render_started_while_reading_another_one_does_not_overwrite_its_text()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "outer.sbn"), "outer {{ name }}");
        File.WriteAllText(Path.Combine(dir.FullName, "inner.sbn"), "inner text that is longer than the outer one");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));
        var globals = new Dictionary<string, object?> { ["name"] = "x" };

        var (outer, inner) = renderer.Render("outer.sbn", globals, text =>
        {
            var nested = renderer.Render("inner.sbn", globals, t => new string(t));
            return (new string(text), nested);
        });

        Assert.Equal("outer x", outer);
        Assert.Equal("inner text that is longer than the outer one", inner);
    }

    [Fact]
    public void A_failed_span_render_reports_the_template_error_and_the_next_render_works()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "bad.sbn"), "start {{ nope }}");
        File.WriteAllText(Path.Combine(dir.FullName, "good.sbn"), "good");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));
        var globals = new Dictionary<string, object?>();

        var error = Assert.Throws<TemplateError>(() => renderer.Render("bad.sbn", globals, text => new string(text)));
        Assert.EndsWith("bad.sbn:1:10", error.Location);
        Assert.Equal("good", renderer.Render("good.sbn", globals, text => new string(text)));
    }
}
