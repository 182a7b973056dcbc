using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Publisher.Core.Model;

/// <summary>The picture files a build read, by content path: the ones found and usable. A picture not here is shown by its alt text.</summary>
public sealed class PictureFiles
{
    private readonly FrozenDictionary<string, PictureFile> _byPath;

    /// <summary>Each article's files, found once: reading a body decodes it, and a build asks for an article's many times.</summary>
    private readonly ConcurrentDictionary<Article, IReadOnlyList<PictureFile>> _byArticle = new(ReferenceEqualityComparer.Instance);

    public PictureFiles(IEnumerable<PictureFile> files) =>
        _byPath = files.ToFrozenDictionary(f => f.ContentPath, StringComparer.Ordinal);

    /// <summary>No pictures (a corpus made without reading any files, as tests and benchmarks make them).</summary>
    public static PictureFiles None { get; } = new([]);

    public int Count => _byPath.Count;

    /// <summary>The file <paramref name="picture"/> shows, or null when it is remote or its file could not be used.</summary>
    public PictureFile? Find(Picture picture) =>
        !picture.IsRemote && _byPath.TryGetValue(picture.Source, out var file) ? file : null;

    /// <summary>The files the articles' pictures show, each once, in the order the articles first show them.</summary>
    public IReadOnlyList<PictureFile> Of(IEnumerable<Article> articles)
    {
        if (_byPath.Count == 0) return [];
        var found = new List<PictureFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var file in Of(article))
            {
                if (seen.Add(file.FileName)) found.Add(file);
            }
        }
        return found;
    }

    /// <summary>The files <paramref name="article"/>'s pictures show, each once, in the order it shows them.</summary>
    public IReadOnlyList<PictureFile> Of(Article article) =>
        _byPath.Count == 0 || !article.ShowsPictures ? [] : _byArticle.GetOrAdd(article, a =>
            [.. Pictures.In(a.Body).Select(Find).OfType<PictureFile>().DistinctBy(f => f.FileName, StringComparer.Ordinal)]);
}
