using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Parsing.Markdown;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Epub.Tests.Support;

/// <summary>The corpora the tests build books from: the bundled samples, generated articles and Markdown written in a test.</summary>
internal static class Corpora
{
    public static IReadOnlyList<IArticleParser> Parsers { get; } = [new MarkdownArticleParser(), new TazArticleParser()];

    public static (Corpus Corpus, DiagnosticBag Diagnostics) FromFolder(string contentDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteConfigReader.Read(contentDirectory, diagnostics);
        var articles = new ContentLoader(Parsers).Load(contentDirectory, site, diagnostics);
        return (Corpus.Create(site, articles), diagnostics);
    }

    public static Corpus Samples() => FromFolder(RepoPaths.Content).Corpus;

    public static Corpus Generated(int count, int weeks, int seed = 7) => Corpus.Create(GeneratedArticles.Site, GeneratedArticles.Create(count, seed, weeks));

    /// <summary>A content folder written from (file name, text) pairs, with a <c>site.yml</c>.</summary>
    public static string WriteFolder(params (string Name, string Text)[] files)
    {
        var dir = Directory.CreateTempSubdirectory("epub-content-").FullName;
        File.WriteAllText(Path.Combine(dir, "site.yml"), "title: \"Test <Site> & Co\"\nbase_url: \"https://example.org/\"\nlanguage: de\nauthor:\n  name: \"Die Redaktion\"\n");
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(dir, name), text, new UTF8Encoding(false));
        return dir;
    }
}
