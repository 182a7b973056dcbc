using System.Collections.Immutable;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>
/// Makes every article's id unique. An id from a file's path gives way to one a user wrote (<c>id:</c>), and to the same
/// id from the path of an article published earlier (at the same time: earlier in path order): it gets the hash of its
/// path added (<see cref="ArticleId.FromPath"/>), with a warning, as its feed entries and links change with it. The older
/// article keeps the address it had, so a new file whose path slugs the same (<c>Mietspiegel 2026.md</c> beside
/// <c>mietspiegel-2026.md</c>) does not take over an old article's feed id, which readers would take for an edit of it.
/// Two files that wrote the same id are an error on the later one in path order, which is skipped.
/// </summary>
public static class UniqueIds
{
    /// <summary>The articles in path order with every id used once.</summary>
    /// <param name="siteZone">The zone a date without a time is midnight in, to tell which article is older.</param>
    public static ImmutableArray<Article> Assign(IEnumerable<Article> articles, TimeZoneInfo siteZone, DiagnosticBag diagnostics)
    {
        var all = articles.ToList();
        var fromPath = all.Select(a => a.Id == ArticleId.FromPath(a.Source.RelativePath)).ToList();
        var published = all.Select(a => a.Published.ToInstant(siteZone)).ToList();
        var byId = new Dictionary<ArticleId, (Article Article, int Index)>();
        var kept = new Article?[all.Count];
        // Written ids first in path order, then ids from paths, oldest first and at the same time in path order.
        foreach (var i in Enumerable.Range(0, all.Count).OrderBy(i => fromPath[i]).ThenBy(i => fromPath[i] ? published[i] : default).ThenBy(i => i))
        {
            var article = all[i];
            if (fromPath[i] && byId.TryGetValue(article.Id, out var holder))
            {
                var distinct = ArticleId.FromPath(article.Source.RelativePath, distinct: true);
                var why = !fromPath[holder.Index] ? null : published[holder.Index] < published[i] ? "published before it" : "published at the same time and earlier in path order";
                diagnostics.Warning(article.Source.RelativePath, 1, Moved(article.Id, distinct, holder.Article.Source.RelativePath, why));
                article = article with { Id = distinct, Slug = distinct.Value };
            }
            if (byId.TryGetValue(article.Id, out var first))
            {
                diagnostics.Error(article.Source.RelativePath, 1,
                    $"duplicate article id '{article.Id}': already used by {first.Article.Source.RelativePath}; this file is skipped");
                continue;
            }
            byId[article.Id] = (article, i);
            kept[i] = article;
        }
        return [.. kept.OfType<Article>()];
    }

    /// <summary>Why an article's id is not the slug of its path, and how to keep that address.</summary>
    /// <param name="holderFirst">Why <paramref name="holder"/> keeps the id from its path; null when it wrote the id.</param>
    private static string Moved(ArticleId wanted, ArticleId given, string holder, string? holderFirst) => holderFirst is not null
        ? $"its id would be '{wanted}', which {holder}, {holderFirst}, has from its path too; it is '{given}' now, and its feed entries and links change with it: rename one of the files, or give {holder} an id of its own, to keep '{wanted}'"
        : $"its id would be '{wanted}', which {holder} claims (id: {wanted}); it is '{given}' now, and its feed entries and links change with it: give {holder} another id to keep '{wanted}'";
}
