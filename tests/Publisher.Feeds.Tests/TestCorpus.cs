using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;

namespace Publisher.Feeds.Tests;

/// <summary>Builds a corpus from Markdown texts written in the test (file names <c>a0.md</c>, <c>a1.md</c>, … unless named).</summary>
internal static class TestCorpus
{
    public static readonly Site Site = new()
    {
        Title = "Test & <Site>",
        Description = "A site for tests",
        BaseUrl = new Uri("https://example.org/"),
        Author = new SiteAuthor("Redaktion", "redaktion@example.org"),
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"),
        FeedEntries = 50,
    };

    public static Corpus FromMarkdown(params string[] files) =>
        FromFiles(Site, files.Select((text, i) => ($"a{i}.md", text)));

    public static Corpus FromFiles(Site site, IEnumerable<(string Name, string Text)> files)
    {
        var diagnostics = new DiagnosticBag();
        var parser = new MarkdownArticleParser();
        var articles = files.Select(file =>
            parser.Parse(Encoding.UTF8.GetBytes(file.Text), new ParseContext(file.Name, diagnostics, site.Language, site.TimeZone, site.BaseUrl) { SmartPunctuation = site.SmartPunctuation })
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()))).ToList();
        return Corpus.Create(site, articles);
    }

    public static string TemplatesDirectory => Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>A Markdown article with the given front-matter values.</summary>
    public static string Article(string id, string date, string title, IEnumerable<string>? tags = null, string body = "Text.", string? teaser = null, string? author = null)
    {
        var builder = new StringBuilder("---\n");
        builder.Append("id: ").Append(id).Append('\n');
        builder.Append("title: ").Append(Yaml(title)).Append('\n');
        builder.Append("date: ").Append(date).Append('\n');
        if (tags is not null) builder.Append("tags: [").Append(string.Join(", ", tags.Select(Yaml))).Append("]\n");
        if (teaser is not null) builder.Append("summary: ").Append(Yaml(teaser)).Append('\n');
        if (author is not null) builder.Append("author: ").Append(Yaml(author)).Append('\n');
        builder.Append("---\n\n").Append(body).Append('\n');
        return builder.ToString();
    }

    /// <summary>A double-quoted YAML scalar; control characters as YAML escapes so they reach the parser.</summary>
    private static string Yaml(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') builder.Append('\\').Append(c);
            else if (c < ' ') builder.Append($"\\x{(int)c:X2}");
            else builder.Append(c);
        }
        return builder.Append('"').ToString();
    }
}
