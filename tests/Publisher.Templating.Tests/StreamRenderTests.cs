using System.Text;

namespace Publisher.Templating.Tests;

/// <summary>Rendering into a stream writes the string render's text as UTF-8 without a byte order mark.</summary>
public class StreamRenderTests
{
    [Fact]
    public void A_stream_render_writes_the_UTF8_of_the_string_render_also_past_its_buffer_and_again()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "page.sbn"), "{{ for i in 1..count }}{{ name }}{{ i }} – {{ end }}");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));

        foreach (var count in new[] { 3, 20_000, 2 })
        {
            var globals = new Dictionary<string, object?> { ["name"] = "Größe", ["count"] = count };
            Assert.Equal(Encoding.UTF8.GetBytes(renderer.Render("page.sbn", globals)), StreamRender(renderer, "page.sbn", globals));
        }
    }

    [Fact]
    public void A_surrogate_pair_written_in_two_pieces_is_one_character()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "page.sbn"), "[{{ high }}{{ low }}]");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));
        var globals = new Dictionary<string, object?> { ["high"] = "\uD83D", ["low"] = "\uDE00" };

        Assert.Equal("[😀]"u8.ToArray(), StreamRender(renderer, "page.sbn", globals));
    }

    [Fact]
    public void A_failed_stream_render_reports_the_error_and_the_next_one_starts_clean()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "bad.sbn"), "start {{ nope }}");
        File.WriteAllText(Path.Combine(dir.FullName, "good.sbn"), "good");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));
        var globals = new Dictionary<string, object?>();

        Assert.Throws<TemplateError>(() => StreamRender(renderer, "bad.sbn", globals));
        Assert.Equal("good"u8.ToArray(), StreamRender(renderer, "good.sbn", globals));
    }

    private static byte[] StreamRender(TemplateRenderer renderer, string name, Dictionary<string, object?> globals)
    {
        using var output = new MemoryStream();
        renderer.Render(name, globals, output);
        return output.ToArray();
    }
}
