using System.Globalization;
using System.Text;

namespace Publisher.Core.Sampling;

/// <summary>
/// <c>publisher sample --count N --out DIR [--seed S] [--input-format both|taz|markdown]</c>: N invented
/// articles, by default nine in ten as taz dumps in <c>DIR/taz/</c> and the rest (at least one) as Markdown in
/// <c>DIR/markdown/</c>. Deterministic: the same count, seed and mix write byte-identical files.
/// </summary>
public static class SampleCorpus
{
    public const int DefaultSeed = 1;

    /// <summary>Returns the paths written, taz files first.</summary>
    public static IReadOnlyList<string> Write(string directory, int count, int seed = DefaultSeed, SampleMix mix = SampleMix.Both)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var markdownCount = mix switch
        {
            SampleMix.Taz => 0,
            SampleMix.Markdown => count,
            _ => count == 0 ? 0 : Math.Max(1, count / 10),
        };
        var tazCount = count - markdownCount;
        var tazDirectory = tazCount > 0 ? Directory.CreateDirectory(Path.Combine(directory, "taz")).FullName : null;
        var markdownDirectory = markdownCount > 0 ? Directory.CreateDirectory(Path.Combine(directory, "markdown")).FullName : null;
        var paths = new string[count];
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Parallel.For(0, count, i =>
        {
            var article = SampleArticleGenerator.Create(ArticleSeed(seed, i));
            var name = string.Create(CultureInfo.InvariantCulture, $"{article.Date:yyyy-MM-dd}-{article.Id}");
            paths[i] = i < tazCount
                ? Save(Path.Combine(tazDirectory!, name + ".txt"), TazDumpWriter.Write(article), utf8)
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
