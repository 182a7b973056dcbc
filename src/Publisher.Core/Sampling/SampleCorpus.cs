using System.Globalization;
using System.Text;

namespace Publisher.Core.Sampling;

/// <summary>
/// <c>publisher sample --count N --out DIR [--seed S] [--input-format both|taz|markdown]</c>: N invented
/// articles, by default nine in ten as taz dumps in <c>DIR/taz/</c> and the rest (at least one) as Markdown in
/// <c>DIR/markdown/</c>. Deterministic: the same count, seed and mix write byte-identical files. Given pictures (the
/// caller writes their files into <c>DIR/markdown/pictures/</c>), every <see cref="PictureEvery"/>th Markdown article
/// shows one of them after its first paragraph.
/// </summary>
public static class SampleCorpus
{
    public const int DefaultSeed = 1;

    /// <summary>How many Markdown articles there are for each one that shows a picture.</summary>
    public const int PictureEvery = 10;

    /// <summary>The folder of the pictures, inside the Markdown articles' folder.</summary>
    public const string PictureFolder = "pictures";

    /// <summary>Returns the paths written, taz files first.</summary>
    public static IReadOnlyList<string> Write(string directory, int count, int seed = DefaultSeed, SampleMix mix = SampleMix.Both,
        IReadOnlyList<SamplePicture>? pictures = null)
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
                : Save(Path.Combine(markdownDirectory!, name + ".md"), MarkdownArticleWriter.Write(article, PictureOf(i - tazCount, pictures)), utf8);
        });
        return paths;
    }

    /// <summary>The picture the Markdown article <paramref name="index"/> shows, if any: every tenth, the pictures in turn.</summary>
    private static SamplePicture? PictureOf(int index, IReadOnlyList<SamplePicture>? pictures) =>
        pictures is { Count: > 0 } && index % PictureEvery == PictureEvery / 2 ? pictures[index / PictureEvery % pictures.Count] : null;

    /// <summary>The seed of article <paramref name="index"/> in a corpus seeded with <paramref name="seed"/>.</summary>
    public static int ArticleSeed(int seed, int index) => unchecked(seed * 1_000_003 + index);

    private static string Save(string path, string text, Encoding encoding)
    {
        File.WriteAllText(path, text, encoding);
        return path;
    }
}
