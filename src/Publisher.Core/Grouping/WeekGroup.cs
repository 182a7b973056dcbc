using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Core.Grouping;

/// <summary>The articles of one ISO week, oldest first, and their sections by first tag.</summary>
public sealed class WeekGroup
{
    /// <param name="firstTagOf">An article's first tag, or null when it has none.</param>
    public WeekGroup(IsoWeek week, ImmutableArray<Article> articles, Func<Article, Tag?> firstTagOf)
    {
        Week = week;
        Articles = articles;
        Sections = [.. articles.GroupBy(firstTagOf)
            .OrderBy(g => g.Key is null ? 1 : 0).ThenBy(g => g.Key?.Name, TagNameOrder.Instance)
            .Select(g => new WeekSection(g.Key, [.. g]))];
    }

    public IsoWeek Week { get; }

    /// <summary>Oldest first.</summary>
    public ImmutableArray<Article> Articles { get; }

    /// <summary>
    /// One section per first tag, by tag name; an article with several tags sits only in its first tag's
    /// section; untagged articles come last in a section whose tag is null.
    /// </summary>
    public ImmutableArray<WeekSection> Sections { get; }
}

/// <summary>A week's articles whose first tag is <see cref="Tag"/> (null: untagged), oldest first.</summary>
public sealed record WeekSection(Tag? Tag, ImmutableArray<Article> Articles);
