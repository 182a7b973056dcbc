using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;

namespace Publisher.Templating.Tests;

/// <summary>Builds a corpus from Markdown texts written in the test.</summary>
internal static class TestCorpus
{
    public static readonly Site Site = new() { Title = "Test & Site", BaseUrl = new Uri("https://example.org/") };

    public static Corpus FromMarkdown(params string[] files)
    {
        var diagnostics = new DiagnosticBag();
        var parser = new MarkdownArticleParser();
        var articles = files.Select((text, i) =>
            parser.Parse(Encoding.UTF8.GetBytes(text), new ParseContext($"a{i}.md", diagnostics, "de", TimeZoneInfo.Utc, Site.BaseUrl))
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted())));
        return Corpus.Create(Site, articles.ToList());
    }

    public static string TemplatesDirectory => Path.Combine(AppContext.BaseDirectory, "templates");
}
