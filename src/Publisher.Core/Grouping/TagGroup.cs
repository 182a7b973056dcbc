using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Core.Grouping;

/// <summary>All articles carrying one tag, newest first.</summary>
public sealed record TagGroup(Tag Tag, ImmutableArray<Article> Articles)
{
    /// <summary>
    /// The tag's articles by week, newest week first and newest first within a week: read straight through, the
    /// dates only go back.
    /// </summary>
    public IEnumerable<(IsoWeek Week, ImmutableArray<Article> Articles)> ByWeekNewestFirst() =>
        Articles.GroupBy(a => a.Week).OrderByDescending(g => g.Key)
            .Select(g => (g.Key, g.ToImmutableArray()));
}
