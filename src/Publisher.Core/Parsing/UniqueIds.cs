using System.Collections.Immutable;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>
/// Makes every article's id unique. An id from a file's path gives way to one a user wrote (<c>id:</c>), and to the same
/// id from a path earlier in order: it gets the hash of its path added (<see cref="ArticleId.FromPath"/>), with a warning,
/// as its feed entries and links change with it (a new file can take an old one's address). Two files that wrote the same
/// id are an error on the later one, which is skipped.
/// </summary>
public static class UniqueIds
{
    /// <summary>The articles in path order with every id used once.</summary>
    public static ImmutableArray<Article> Assign(IEnumerable<Article> articles, DiagnosticBag diagnostics)
    {
        var all = articles.ToList();
        var fromPath = all.Select(a => a.Id == ArticleId.FromPath(a.Source.RelativePath)).ToList();
        var byId = new Dictionary<ArticleId, (Article Article, bool FromPath)>();
        var kept = new Article?[all.Count];
        // Written ids first, then ids from paths, each in path order.
        foreach (var i in Enumerable.Range(0, all.Count).OrderBy(i => fromPath[i]))
        {
            var article = all[i];
            if (fromPath[i] && byId.TryGetValue(article.Id, out var holder))
            {
                var distinct = ArticleId.FromPath(article.Source.RelativePath, distinct: true);
                diagnostics.Warning(article.Source.RelativePath, 1, Moved(article.Id, distinct, holder.Article.Source.RelativePath, holder.FromPath));
                article = article with { Id = distinct, Slug = distinct.Value };
            }
            if (byId.TryGetValue(article.Id, out var first))
            {
                diagnostics.Error(article.Source.RelativePath, 1,
                    $"duplicate article id '{article.Id}': already used by {first.Article.Source.RelativePath}; this file is skipped");
                continue;
            }
            byId[article.Id] = (article, fromPath[i]);
            kept[i] = article;
        }
        return [.. kept.OfType<Article>()];
    }

    /// <summary>Why an article's id is not the slug of its path, and how to keep that address.</summary>
    private static string Moved(ArticleId wanted, ArticleId given, string holder, bool holderFromPath) => holderFromPath
        ? $"its id would be '{wanted}', which {holder}, earlier in path order, has from its path too; it is '{given}' now, and its feed entries and links change with it: rename one of the files, or give {holder} an id of its own, to keep '{wanted}'"
        : $"its id would be '{wanted}', which {holder} claims (id: {wanted}); it is '{given}' now, and its feed entries and links change with it: give {holder} another id to keep '{wanted}'";
}
