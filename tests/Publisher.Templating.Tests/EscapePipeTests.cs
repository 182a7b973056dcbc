namespace Publisher.Templating.Tests;

/// <summary><c>value | escape</c> is evaluated without Scriban's function call; it must give what the call gives.</summary>
public class EscapePipeTests
{
    [Theory]
    [InlineData("{{ text | escape }}", "&lt;a &amp; &#39;b&#39;&gt;")]
    [InlineData("{{ escape text }}", "&lt;a &amp; &#39;b&#39;&gt;")]
    [InlineData("{{ text | escape | string.upcase }}", "&LT;A &AMP; &#39;B&#39;&GT;")]
    [InlineData("{{ text | string.upcase | escape }}", "&lt;A &amp; &#39;B&#39;&gt;")]
    [InlineData("{{ number | escape }}|{{ nothing | escape }}|{{ true | escape }}", "5||True")]
    [InlineData("{{ x = text | escape }}[{{ x }}]", "[&lt;a &amp; &#39;b&#39;&gt;]")]
    [InlineData("{{ func f(v) }}({{ v | escape }}){{ end }}{{ f text }}{{ for i in 1..2 }}{{ i | escape }}{{ end }}", "(&lt;a &amp; &#39;b&#39;&gt;)12")]
    public void Piping_into_escape_gives_what_calling_it_gives(string page, string expected)
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "page.sbn"), page);
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));
        var globals = new Dictionary<string, object?> { ["text"] = "<a & 'b'>", ["number"] = 5, ["nothing"] = null };

        Assert.Equal(expected, renderer.Render("page.sbn", globals));
    }

    [Fact]
    public void An_unknown_variable_piped_into_escape_fails_at_its_location()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "page.sbn"), "ab {{ nope | escape }}");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));

        var error = Assert.Throws<TemplateError>(() => renderer.Render("page.sbn", new Dictionary<string, object?>()));
        Assert.EndsWith("page.sbn:1:7", error.Location);
    }
}
