using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Core.Grouping;

/// <summary>
/// Everything one build publishes, grouped once so every writer sees the same order:
/// articles newest first; tags with build-unique slugs; weeks oldest first; tag groups by tag name.
/// </summary>
public sealed class Corpus
{
    private readonly Dictionary<string, Tag> _tagsByName;

    private Corpus(Site site, ImmutableArray<Article> articles, ImmutableArray<Tag> tags)
    {
        Site = site;
        Articles = articles;
        Tags = tags;
        _tagsByName = tags.ToDictionary(t => t.Name, StringComparer.Ordinal);
        Weeks = [.. articles.Reverse().GroupBy(a => a.Week).OrderBy(g => g.Key)
            .Select(g => new WeekGroup(g.Key, [.. g], a => a.Tags.IsEmpty ? null : TagNamed(a.Tags[0])))];
        TagGroups = GroupByTag(articles, tags);
    }

    public Site Site { get; }

    /// <summary>All articles, newest first (ties by id); weeks and groups keep this order or its reverse.</summary>
    public ImmutableArray<Article> Articles { get; }

    /// <summary>All tags, ordered by name (case-insensitive, then ordinal).</summary>
    public ImmutableArray<Tag> Tags { get; }

    public ImmutableArray<WeekGroup> Weeks { get; }

    public ImmutableArray<TagGroup> TagGroups { get; }

    public static Corpus Create(Site site, IEnumerable<Article> articles)
    {
        // The order of ArticleOrder.NewestFirst, with each article's instant worked out once instead of per comparison.
        var zone = site.TimeZone;
        var newestFirst = articles.Select(a => (Article: a, Instant: a.Published.ToInstant(zone)))
            .OrderByDescending(x => x.Instant).ThenBy(x => x.Article.Id.ToString(), StringComparer.Ordinal)
            .Select(x => x.Article).ToImmutableArray();
        var slugs = new SlugAllocator();
        var tags = newestFirst.Reverse().SelectMany(a => a.Tags).Distinct(StringComparer.Ordinal)
            .Select(name => new Tag(name, slugs.Allocate(Slug.From(name))))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToImmutableArray();
        return new Corpus(site, newestFirst, tags);
    }

    public Tag TagNamed(string name) => _tagsByName[name];

    /// <summary>Each tag's articles in corpus order, from one pass over the articles.</summary>
    private static ImmutableArray<TagGroup> GroupByTag(ImmutableArray<Article> articles, ImmutableArray<Tag> tags)
    {
        var byName = new Dictionary<string, List<Article>>(tags.Length, StringComparer.Ordinal);
        foreach (var tag in tags) byName[tag.Name] = [];
        foreach (var article in articles)
        {
            var names = article.Tags;
            for (var i = 0; i < names.Length; i++)
            {
                // An article is in a tag's group once, however often it names the tag.
                if (names.IndexOf(names[i], 0, i, StringComparer.Ordinal) < 0 && byName.TryGetValue(names[i], out var group)) group.Add(article);
            }
        }
        return [.. tags.Select(t => new TagGroup(t, [.. byName[t.Name]]))];
    }

    public ImmutableArray<Tag> TagsOf(Article article) => [.. article.Tags.Select(TagNamed)];
}
