using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Parsing;

namespace Publisher.Build.PictureReading;

/// <summary>
/// Reads the picture files the articles show, each once however many articles show it, several at a time: the
/// catalogue the outputs embed or publish them from. A picture that cannot be used is reported where each article
/// shows it (<c>posts/a.md:12: warning: picture 'posts/x.png': there is no such file; its alt text is shown</c>), and the
/// outputs show its alt text; nothing about a picture stops the build.
/// </summary>
public static class PictureReader
{
    /// <summary>How many pictures are read and decoded at once, at most.</summary>
    private const int MaxAtOnce = 4;

    /// <param name="known">What the last build made of the pictures it read (<see cref="KnownPictures.Load"/>): those are not decoded again.</param>
    public static PicturesRead Read(string contentDirectory, IEnumerable<Article> articles, DiagnosticBag diagnostics, KnownPictures known)
    {
        // Only the bodies that show a picture are decoded: all of them took half of a 10,000-article build with nothing to write.
        var shown = articles.Where(a => a.ShowsPictures)
            .SelectMany(a => Pictures.In(a.Body).Where(p => !p.IsRemote).Select(p => (Article: a, Picture: p)))
            .GroupBy(use => use.Picture.Source, StringComparer.Ordinal).ToList();
        if (shown.Count == 0) return new(PictureFiles.None, KnownPictures.None);
        var root = RealPath.Of(Path.GetFullPath(contentDirectory)) ?? Path.GetFullPath(contentDirectory);
        var outcomes = new PictureOutcome[shown.Count];
        // Decoding holds a picture's pixels, up to 200 MB for the largest allowed (twice that while a turned one is made
        // upright): a few at a time, however many cores.
        Parallel.For(0, shown.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(Environment.ProcessorCount, MaxAtOnce) },
            i => outcomes[i] = PictureFileReading.Read(root, shown[i].Key, known));
        for (var i = 0; i < shown.Count; i++)
        {
            if (outcomes[i].Problem is not { } problem) continue;
            foreach (var (article, picture) in shown[i])
                diagnostics.Warning(article.Source.RelativePath, picture.Line, $"picture '{picture.Source}': {problem}; its alt text is shown");
        }
        return new(new PictureFiles(outcomes.Select(o => o.File).OfType<PictureFile>()),
            KnownPictures.Of(outcomes));
    }
}
