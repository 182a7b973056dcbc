using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Core.Grouping;

/// <summary>All articles carrying one tag, newest first.</summary>
public sealed record TagGroup(Tag Tag, ImmutableArray<Article> Articles)
{
    /// <summary>The tag's articles by week, newest week first (articles oldest first within a week).</summary>
    public IEnumerable<(IsoWeek Week, ImmutableArray<Article> Articles)> ByWeekNewestFirst() =>
        Articles.GroupBy(a => a.Week).OrderByDescending(g => g.Key)
            .Select(g => (g.Key, g.Reverse().ToImmutableArray()));
}
