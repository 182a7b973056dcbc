using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Xunit;

namespace Publisher.Templating.Tests;

/// <summary>
/// The renderer's <c>include</c> renders into a pooled buffer instead of a new string builder; what it writes must be
/// what Scriban's own include writes, for every way a template uses an include.
/// </summary>
public class BufferedIncludeTests
{
    public static TheoryData<string, string> Pages() => new()
    {
        { "at line start", "a\n{{ include 'part.sbn' 'x' }}\nb" },
        { "indented", "<ul>\n  {{ include 'lines.sbn' }}\n    {{~ include 'lines.sbn' ~}}\n</ul>" },
        { "after text on its line", "<p>before {{ include 'lines.sbn' }} after</p>" },
        { "with arguments, nested, arguments restored", "{{ include 'outer.sbn' 'o1' 'o2' }}|{{ include 'outer.sbn' 'p1' }}" },
        { "assigned and used twice", "{{ x = include 'part.sbn' 'y' }}[{{ x }}][{{ x | string.upcase }}]" },
        { "in a loop and a function", "{{ func f(n) }}({{ include 'part.sbn' n }}){{ end }}{{ for i in 1..3 }}{{ f i }}{{ include 'part.sbn' i }}{{ end }}" },
        { "inside an include's loop", "{{ include 'loop.sbn' 3 }}" },
        { "captured, after captured text", "{{ capture c }}a{{ include 'part.sbn' 'z' }}b{{ end }}[{{ c }}]" },
        { "at line start, then indented", "a\n{{ include 'lines.sbn' }}\n  {{ include 'lines.sbn' }}\n{{ include 'part.sbn' 'q' }}\n    {{ include 'outer.sbn' 'i' }}\nend" },
        { "at line start between lines, trimmed", "<div>\n{{~ include 'lines.sbn' ~}}\n</div>\n{{ include 'lines.sbn' }}{{ include 'part.sbn' 'r' }}\n" },
        { "piped", "{{ include 'part.sbn' 'p' | string.upcase }}" },
        { "in a condition's branches", "{{ if true }}{{ include 'part.sbn' 1 }}{{ else }}{{ include 'part.sbn' 2 }}{{ end }}" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void An_include_writes_what_Scribans_include_writes(string use, string page)
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "page.sbn"), page);
        File.WriteAllText(Path.Combine(dir.FullName, "part.sbn"), "<{{ $1 }}>");
        File.WriteAllText(Path.Combine(dir.FullName, "lines.sbn"), "<li>one</li>\n<li>two</li>\n");
        File.WriteAllText(Path.Combine(dir.FullName, "outer.sbn"), "{{ $1 }}:{{ include 'part.sbn' 'inner' }}:{{ $2 }}\n  {{ include 'lines.sbn' }}");
        File.WriteAllText(Path.Combine(dir.FullName, "loop.sbn"), "{{~ for i in 1..$1 ~}}\n  {{ include 'part.sbn' i }}\n{{~ end ~}}");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));

        var ours = renderer.Render("page.sbn", new Dictionary<string, object?>());

        Assert.Equal(WithScribansInclude(dir.FullName, page), ours);
        Assert.NotEqual("", use);
    }

    [Fact]
    public void An_error_inside_an_included_template_names_that_template()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "page.sbn"), "{{ include 'broken.sbn' }}");
        File.WriteAllText(Path.Combine(dir.FullName, "broken.sbn"), "line one\n{{ article.nope }}");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));

        var error = Assert.Throws<TemplateError>(() => renderer.Render("page.sbn", new Dictionary<string, object?> { ["article"] = new ScriptObject() }));

        Assert.Contains("broken.sbn:2:", error.Message);
    }

    [Fact]
    public void Renders_after_an_include_that_failed_are_whole()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "page.sbn"), "[{{ include 'part.sbn' name }}]");
        File.WriteAllText(Path.Combine(dir.FullName, "bad.sbn"), "[{{ include 'part.sbn' nope }}]");
        File.WriteAllText(Path.Combine(dir.FullName, "part.sbn"), "{{ $1 }}");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));
        var globals = new Dictionary<string, object?> { ["name"] = "n" };

        Assert.Throws<TemplateError>(() => renderer.Render("bad.sbn", globals));

        Assert.Equal("[n]", renderer.Render("page.sbn", globals));
    }

    private static string WithScribansInclude(string dir, string page)
    {
        var context = new TemplateContext { TemplateLoader = new FolderLoader(dir), StrictVariables = true };
        return Template.Parse(page, Path.Combine(dir, "page.sbn")).Render(context);
    }

    private sealed class FolderLoader(string dir) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => Path.Combine(dir, templateName);

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
