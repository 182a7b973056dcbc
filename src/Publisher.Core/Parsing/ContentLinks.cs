using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>
/// The links written relative to articles (<see cref="ParsedFile.RelativeLinks"/>), resolved once every article's id is
/// known. A link to another content file (<c>other.md</c>, <c>../2026/other.md#part</c>, <c>/2026/other.txt</c>: a path
/// from the linking file's folder, or from the content folder's top with a leading <c>/</c>) leads to that article's
/// page; any other leads where it does from the article's page (whose id may have changed since the parse, to keep
/// ids unique). A link to an article file that gave no article, or one that leads out of the content folder, keeps
/// its web address, with a warning on its line. No file is opened: a target is looked up among the files read.
/// </summary>
/// <remarks>
/// Where such a link leads depends on other files, so an article that has one gets a <see cref="SourceFile.ContentHash"/>
/// that covers where its links lead: the incremental build rewrites its outputs when that changes.
/// </remarks>
public sealed class ContentLinks
{
    private readonly ImmutableArray<Article> _articles;
    private readonly Dictionary<string, int> _byPath;
    private readonly HashSet<string> _read;
    private readonly Site _site;
    private readonly Func<string, bool> _isArticleFile;
    private readonly DiagnosticBag _diagnostics;

    private ContentLinks(ImmutableArray<Article> articles, IEnumerable<ParsedFile> files, Site site, Func<string, bool> isArticleFile, DiagnosticBag diagnostics)
    {
        _articles = articles;
        _byPath = new Dictionary<string, int>(articles.Length, StringComparer.Ordinal);
        for (var i = 0; i < articles.Length; i++) _byPath[Key(articles[i].Source.RelativePath)] = i;
        _read = files.Select(f => Key(f.RelativePath)).ToHashSet(StringComparer.Ordinal);
        (_site, _isArticleFile, _diagnostics) = (site, isArticleFile, diagnostics);
    }

    /// <param name="articles">The articles with their final ids, in path order.</param>
    /// <param name="files">Every file read, with the relative links of its article.</param>
    /// <param name="isArticleFile">Whether a file of this name is read as an article (by its ending).</param>
    public static ImmutableArray<Article> Resolve(ImmutableArray<Article> articles, IReadOnlyList<ParsedFile> files, Site site,
        Func<string, bool> isArticleFile, DiagnosticBag diagnostics)
    {
        if (files.All(f => f.RelativeLinks.IsDefaultOrEmpty)) return articles;
        var links = new ContentLinks(articles, files, site, isArticleFile, diagnostics);
        var result = articles.ToBuilder();
        foreach (var file in files)
        {
            if (file.RelativeLinks.IsDefaultOrEmpty || !links._byPath.TryGetValue(Key(file.RelativePath), out var index)) continue;
            result[index] = links.Resolve(articles[index], file.RelativeLinks);
        }
        return result.MoveToImmutable();
    }

    private Article Resolve(Article article, ImmutableArray<RelativeLink> relative)
    {
        var page = _site.Article(article.Slug);
        var links = article.Links;
        Dictionary<int, Uri>? changed = null;
        IncrementalHash? where = null;
        foreach (var link in relative)
        {
            Uri? url;
            if (FileTarget.Of(link.Href, article.Source.RelativePath, _isArticleFile) is { } target)
            {
                url = Lead(target, link, page, article.Source.RelativePath);
                where ??= Started(article.Source.ContentHash);
                where.AppendData(Encoding.UTF8.GetBytes($"{link.Number} {url?.AbsoluteUri}\n"));
            }
            else
            {
                url = LinkTargets.Resolve(link.Href, page);
            }
            if (url is null || link.Number < 1 || link.Number > links.Length) continue;
            if (links[link.Number - 1].Url?.AbsoluteUri != url.AbsoluteUri) (changed ??= [])[link.Number] = url;
        }
        if (changed is null && where is null) return article;
        var source = where is null ? article.Source : article.Source with { ContentHash = Convert.ToHexStringLower(where.GetHashAndReset()) };
        if (changed is null) return article with { Source = source };
        return (article with
        {
            Links = [.. links.Select(l => changed.TryGetValue(l.Number, out var url) ? l with { Url = url } : l)],
            Body = BodyLinks.Retarget(article.Body, changed),
            Source = source,
        }).WithEncodedContent();
    }

    /// <summary>The page of the article <paramref name="target"/> names, or the link's web address with a warning.</summary>
    private Uri? Lead(FileTarget target, RelativeLink link, Uri page, string file)
    {
        if (target.Path is { } path && _byPath.TryGetValue(Key(path), out var index))
        {
            var other = _site.Article(_articles[index].Slug);
            return target.Rest.Length == 0 ? other : LinkTargets.Resolve(target.Rest, other);
        }
        var kept = LinkTargets.Resolve(link.Href, page);
        var why = target.Path is null ? "leads out of the content folder"
            : _read.Contains(Key(target.Path)) ? $"names {target.Path}, which gave no article (see its errors)"
            : $"names {target.Path}, which is not an article in the content folder";
        _diagnostics.Warning(file, link.Line, $"link target '{link.Href}' {why}; the link keeps the web address {kept?.AbsoluteUri}");
        return kept;
    }

    private static IncrementalHash Started(string contentHash)
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(contentHash + "\n"));
        return hash;
    }

    /// <summary>Paths compared as NFC: a file system may hand out names decomposed that a link writes composed.</summary>
    private static string Key(string path) => path.Normalize(NormalizationForm.FormC);
}
