using Publisher.Core.Model;

namespace Publisher.Core.Grouping;

/// <summary>The ordering rule: newest publication instant first, ties broken by id, so order never depends on file order.</summary>
public static class ArticleOrder
{
    public static IComparer<Article> NewestFirst(TimeZoneInfo zone) => Comparer<Article>.Create((a, b) =>
    {
        var byTime = b.Published.ToInstant(zone).CompareTo(a.Published.ToInstant(zone));
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id.ToString(), b.Id.ToString());
    });
}
