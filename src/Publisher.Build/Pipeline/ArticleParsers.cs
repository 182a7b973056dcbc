using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Build.Pipeline;

/// <summary>The input formats the build reads.</summary>
public static class ArticleParsers
{
    public static IReadOnlyList<IArticleParser> All { get; } =
    [
        new MarkdownArticleParser(),
        new TazArticleParser(),
    ];
}
