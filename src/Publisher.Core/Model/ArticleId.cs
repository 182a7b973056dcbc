using System.Text;

namespace Publisher.Core.Model;

/// <summary>
/// The stable identity of an article within a site: a front-matter <c>id</c>, or the slug of the source
/// file's path. Feed ids, EPUB ids and link targets derive from it, never from position or build time.
/// </summary>
public readonly record struct ArticleId(Slug Value)
{
    /// <summary>
    /// The id of an article that names none: the slug of its path without the extension. A path whose slug is longer
    /// than a slug may be keeps the start and adds a hash of the whole path, so two long paths that differ only at
    /// the end never share an id; with <paramref name="distinct"/> any path does (for a path whose slug another
    /// file's id already is: <c>a/q.md</c> and <c>a/q_.md</c>, <c>x.md</c> and <c>x.txt</c>).
    /// </summary>
    /// <remarks>
    /// The path is read in Unicode normalisation form C, slug and hash alike: macOS and archives made there write
    /// <c>Über Uns.md</c> decomposed (<c>U</c> and a combining diaeresis), and the same name must give the same id, and
    /// address, wherever the file was made. Two files whose names differ only so (possible on Linux) have the same slug:
    /// the later one gets the hash, as any other path whose slug is taken (<see cref="Parsing.UniqueIds"/>).
    /// </remarks>
    /// <param name="relativePath">The path below the content folder, '/'-separated, with its extension.</param>
    public static ArticleId FromPath(string relativePath, bool distinct = false)
    {
        var composed = relativePath.Normalize(NormalizationForm.FormC);
        return new(Slug.Distinct(Path.ChangeExtension(composed, null), composed, "article-", always: distinct));
    }

    public override string ToString() => Value.Value;
}
