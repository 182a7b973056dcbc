using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Core.Grouping;

/// <summary>
/// Everything one build publishes, grouped once so every writer sees the same order:
/// articles newest first; tags, one per slug; weeks oldest first; tag groups by tag name.
/// </summary>
public sealed class Corpus
{
    private readonly Dictionary<string, Tag> _tagsByName;

    private Corpus(Site site, ImmutableArray<Article> articles, ImmutableArray<Tag> tags, Dictionary<string, Tag> tagsByName,
        ImmutableArray<TagSpelling> otherSpellings, PictureFiles pictures)
    {
        Site = site;
        Pictures = pictures;
        Articles = articles;
        Tags = tags;
        _tagsByName = tagsByName;
        OtherSpellings = otherSpellings;
        Weeks = [.. articles.Reverse().GroupBy(a => a.Week).OrderBy(g => g.Key)
            .Select(g => new WeekGroup(g.Key, [.. g], a => a.Tags.IsEmpty ? null : TagNamed(a.Tags[0])))];
        TagGroups = GroupByTag(articles, tags);
    }

    public Site Site { get; }

    /// <summary>The picture files the articles show, as the build read them (<see cref="PictureFiles.None"/> unless given).</summary>
    public PictureFiles Pictures { get; }

    /// <summary>All articles, newest first (ties by id); weeks and groups keep this order or its reverse.</summary>
    public ImmutableArray<Article> Articles { get; }

    /// <summary>All tags, ordered by name (case-insensitive, then ordinal).</summary>
    public ImmutableArray<Tag> Tags { get; }

    public ImmutableArray<WeekGroup> Weeks { get; }

    public ImmutableArray<TagGroup> TagGroups { get; }

    /// <summary>Tag names that are another spelling of a tag (the same slug), each with the first article that uses it.</summary>
    public ImmutableArray<TagSpelling> OtherSpellings { get; }

    public static Corpus Create(Site site, IEnumerable<Article> articles) => Create(site, articles, PictureFiles.None);

    /// <summary>The corpus of <paramref name="articles"/>, showing the picture files the build read (<paramref name="pictures"/>).</summary>
    public static Corpus Create(Site site, IEnumerable<Article> articles, PictureFiles pictures)
    {
        // The order of ArticleOrder.NewestFirst, with each article's instant worked out once instead of per comparison.
        var zone = site.TimeZone;
        var newestFirst = articles.Select(a => (Article: a, Instant: a.Published.ToInstant(zone)))
            .OrderByDescending(x => x.Instant).ThenBy(x => x.Article.Id.ToString(), StringComparer.Ordinal)
            .Select(x => x.Article).ToImmutableArray();
        // Names with one slug ("Berlin", "berlin"; "Ost/West", "ost-west"; "#MeToo", "MeToo") are one tag, so its feed and
        // book keep their address whatever spelling a new article uses. It is called by the spelling most articles use
        // (the oldest such on a tie). "C", "C++" and "C#" are three: Slug.OfTag spells a name's + and # out.
        var counts = new Dictionary<string, (int Uses, Article First)>(StringComparer.Ordinal); // in order of first use
        foreach (var article in newestFirst.Reverse())
        {
            foreach (var name in article.Tags)
                counts[name] = counts.TryGetValue(name, out var seen) ? (seen.Uses + 1, seen.First) : (1, article);
        }
        var byName = new Dictionary<string, Tag>(counts.Count, StringComparer.Ordinal);
        var others = ImmutableArray.CreateBuilder<TagSpelling>();
        foreach (var sameSlug in counts.GroupBy(spelling => Slug.OfTag(spelling.Key).Value, StringComparer.Ordinal))
        {
            var name = sameSlug.OrderByDescending(spelling => spelling.Value.Uses).First().Key;
            var tag = new Tag(name, Slug.OfTag(name));
            foreach (var (spelling, (_, first)) in sameSlug)
            {
                byName[spelling] = tag;
                if (spelling != name) others.Add(new TagSpelling(spelling, tag, first));
            }
        }
        var tags = byName.Values.Distinct()
            .OrderBy(t => t.Name, TagNameOrder.Instance)
            .ToImmutableArray();
        return new Corpus(site, newestFirst, tags, byName, others.ToImmutable(), pictures);
    }

    /// <summary>The tag an article's tag name is (its own, or the tag it is another spelling of).</summary>
    public Tag TagNamed(string name) => _tagsByName[name];

    /// <summary>Each tag's articles in corpus order, from one pass over the articles.</summary>
    private ImmutableArray<TagGroup> GroupByTag(ImmutableArray<Article> articles, ImmutableArray<Tag> tags)
    {
        var byTag = new Dictionary<Tag, List<Article>>(tags.Length);
        foreach (var tag in tags) byTag[tag] = [];
        foreach (var article in articles)
        {
            // An article is in a tag's group once, however often (and however spelt) it names the tag.
            foreach (var tag in TagsOf(article)) byTag[tag].Add(article);
        }
        return [.. tags.Select(t => new TagGroup(t, [.. byTag[t]]))];
    }

    /// <summary>An article's tags in its order, each once.</summary>
    public ImmutableArray<Tag> TagsOf(Article article)
    {
        var names = article.Tags;
        var tags = ImmutableArray.CreateBuilder<Tag>(names.Length);
        foreach (var name in names)
        {
            var tag = TagNamed(name);
            if (!tags.Contains(tag)) tags.Add(tag); // an article has a few tags: a scan beats a set
        }
        return tags.Count == tags.Capacity ? tags.MoveToImmutable() : tags.ToImmutable();
    }
}

/// <summary>A tag name that is another spelling of <paramref name="Tag"/>: the first article (oldest) that spells it so.</summary>
public sealed record TagSpelling(string Name, Tag Tag, Article FirstArticle);
