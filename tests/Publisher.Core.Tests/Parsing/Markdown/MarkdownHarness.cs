using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;
using Publisher.Core.Tests.Model;

namespace Publisher.Core.Tests.Parsing.Markdown;

/// <summary>Parses one Markdown text as file <c>post.md</c> and keeps the diagnostics.</summary>
internal sealed class MarkdownHarness
{
    public DiagnosticBag Diagnostics { get; } = new();

    public string SiteLanguage { get; init; } = "de";

    /// <summary>site.yml's <c>smart_punctuation</c>.</summary>
    public bool SmartPunctuation { get; init; } = true;

    public Article? Parse(string text, string path = "post.md") => Parse(Encoding.UTF8.GetBytes(text), path);

    /// <summary>Parses the file's bytes as they are, in whatever encoding they were written.</summary>
    public Article? Parse(byte[] bytes, string path = "post.md")
    {
        var context = new ParseContext(path, Diagnostics, SiteLanguage, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), new Uri("https://site.example/"))
        {
            SmartPunctuation = SmartPunctuation,
        };
        return new MarkdownArticleParser().Parse(bytes, context);
    }

    /// <summary>The least front matter a file needs, for tests of the body alone.</summary>
    public const string MinimalHead = "---\ntitle: T\ndate: 2026-11-10\n---\n";

    /// <summary>Parses <paramref name="body"/> under <see cref="MinimalHead"/>; a file that gives no article fails the test with its messages.</summary>
    public static (Article Article, IReadOnlyList<string> Messages) ParseBody(string body)
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse(MinimalHead + body) ?? throw new InvalidOperationException(string.Join("\n", harness.Messages));
        return (article, harness.Messages);
    }

    /// <summary>The inlines of the body's one paragraph, described node by node (<see cref="ModelTree"/>).</summary>
    public static string SingleParagraph(Article article) => ModelTree.Describe(Assert.IsType<Paragraph>(Assert.Single(article.Body)).Inlines);

    public IReadOnlyList<string> Messages => [.. Diagnostics.Sorted().Select(d => d.ToString())];
}
