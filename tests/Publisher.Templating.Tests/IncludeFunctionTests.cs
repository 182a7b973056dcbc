using Scriban;
using Scriban.Runtime;

namespace Publisher.Templating.Tests;

/// <summary>
/// The renderer's include (a kept builder instead of a new one per call) renders what Scriban's own include renders:
/// arguments, named arguments, nesting, indentation, whitespace control, and errors inside the included file.
/// </summary>
public class IncludeFunctionTests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["main.sbn"] = "a{{ include 'part.sbn' 'x' 2 }}b\n  {{ include 'part.sbn' 'y' 3 }}\n{{ include 'lines.sbn' }}|{{ include 'lines.sbn' | string.rstrip }}|\n    {{ include 'lines.sbn' }}\nend",
        ["part.sbn"] = "[{{ $1 }}{{ for i in 1..$2 }}{{ i }}{{ end }}{{ include 'leaf.sbn' $1 }}]",
        ["leaf.sbn"] = "<{{ $1 | string.upcase }}>",
        ["lines.sbn"] = "one\n  two\n{{~ if true ~}}\nthree\n{{~ end ~}}\n",
        ["named.sbn"] = "{{ include 'greet.sbn' who: 'you' times: 2 }}",
        ["greet.sbn"] = "{{ for i in 1..$times }}hi {{ $who }} {{ end }}",
        ["broken.sbn"] = "{{ include 'bad.sbn' }}",
        ["bad.sbn"] = "ok\n{{ missing_variable }}",
    };

    [Theory]
    [InlineData("main.sbn")]
    [InlineData("named.sbn")]
    public void Renders_what_scribans_own_include_renders(string name)
    {
        var dir = Write();
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir));

        var expected = ScribansOwn(dir, name);
        var ours = renderer.Render(name, new Dictionary<string, object?>());
        var twice = renderer.Render(name, new Dictionary<string, object?>());

        Assert.Equal(expected, ours);
        Assert.Equal(ours, twice);
    }

    [Fact]
    public void An_error_in_an_included_file_names_that_file_and_line()
    {
        var dir = Write();
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir));

        var error = Assert.Throws<TemplateError>(() => renderer.Render("broken.sbn", new Dictionary<string, object?>()));

        Assert.Contains("bad.sbn:2:", error.Location);
        Assert.StartsWith("a[x12<X>]b", renderer.Render("main.sbn", new Dictionary<string, object?>())); // the renderer still works
    }

    private static string Write()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        foreach (var (name, text) in Files) File.WriteAllText(Path.Combine(dir, name), text);
        return dir;
    }

    /// <summary>The same templates through a plain Scriban context with its built-in include.</summary>
    private static string ScribansOwn(string dir, string name)
    {
        var context = new TemplateContext { TemplateLoader = new FolderLoader(dir), StrictVariables = true };
        return Template.Parse(File.ReadAllText(Path.Combine(dir, name)), Path.Combine(dir, name)).Render(context);
    }

    private sealed class FolderLoader(string dir) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) => Path.Combine(dir, templateName);

        public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

        public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(File.ReadAllText(templatePath));
    }
}
