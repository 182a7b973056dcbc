using System.Globalization;
using System.Text;

namespace Publisher.Core.Sampling;

/// <summary>
/// <c>publisher sample --count N --out DIR [--seed S]</c>: N invented taz dumps in <c>DIR/taz/</c> and
/// N/10 (at least one) invented Markdown articles in <c>DIR/markdown/</c>. Deterministic: the same
/// count and seed write byte-identical files.
/// </summary>
public static class SampleCorpus
{
    public const int DefaultSeed = 1;

    /// <summary>Returns the paths written, taz files first.</summary>
    public static IReadOnlyList<string> Write(string directory, int count, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var tazDirectory = Directory.CreateDirectory(Path.Combine(directory, "taz")).FullName;
        var markdownCount = count == 0 ? 0 : Math.Max(1, count / 10);
        var markdownDirectory = markdownCount > 0 ? Directory.CreateDirectory(Path.Combine(directory, "markdown")).FullName : null;
        var paths = new string[count + markdownCount];
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Parallel.For(0, count + markdownCount, i =>
        {
            var article = SampleArticleGenerator.Create(ArticleSeed(seed, i));
            var name = string.Create(CultureInfo.InvariantCulture, $"{article.Date:yyyy-MM-dd}-{article.Id}");
            paths[i] = i < count
                ? Save(Path.Combine(tazDirectory, name + ".txt"), TazDumpWriter.Write(article), utf8)
                : Save(Path.Combine(markdownDirectory!, name + ".md"), MarkdownArticleWriter.Write(article), utf8);
        });
        return paths;
    }

    /// <summary>The seed of article <paramref name="index"/> in a corpus seeded with <paramref name="seed"/>.</summary>
    public static int ArticleSeed(int seed, int index) => unchecked(seed * 1_000_003 + index);

    private static string Save(string path, string text, Encoding encoding)
    {
        File.WriteAllText(path, text, encoding);
        return path;
    }
}
