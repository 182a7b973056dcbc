using Publisher.Core.Model;

namespace Publisher.Feeds.Planning;

/// <summary>
/// How the site's feed is split into RFC 5005 §4 documents: one archive document per complete
/// ISO week, which never changes once written (clients may cache it for good), and the subscription document. A week is
/// complete once the site has an article of a later week; the site's newest week (<c>current</c>) is never archived, as
/// articles of it can still come. The subscription document holds the newest <c>N</c> articles, every article of the
/// current week beyond them and every older article updated since (<see cref="RecentEntries"/>), so each article is in
/// exactly one archive or in the subscription document (which may also repeat archived ones: among its newest <c>N</c>,
/// and those updated).
/// </summary>
internal sealed class ArchivePlan
{
    private ArchivePlan(Article[] subscription, ArchivedWeek[] weeks)
    {
        Subscription = subscription;
        Weeks = weeks;
    }

    /// <summary>The subscription document's entries, newest first.</summary>
    public IReadOnlyList<Article> Subscription { get; }

    /// <summary>The complete weeks, oldest first: one archive document each.</summary>
    public IReadOnlyList<ArchivedWeek> Weeks { get; }

    /// <param name="newestFirst">The feed's articles, newest first.</param>
    /// <param name="current">The site's newest week (of its newest article); null for a site without articles.</param>
    /// <param name="newest">How many of the newest articles the subscription document holds at least.</param>
    /// <param name="siteZone">The zone a date without a time is midnight in, to tell which updates are recent.</param>
    public static ArchivePlan Of(IReadOnlyList<Article> newestFirst, IsoWeek? current, int newest, TimeZoneInfo siteZone)
    {
        var subscription = RecentEntries.Of(newestFirst, newest, siteZone, article => !IsComplete(article.Week, current));
        var weeks = newestFirst.Where(article => IsComplete(article.Week, current)).GroupBy(article => article.Week)
            .OrderBy(g => g.Key).Select(g => new ArchivedWeek(g.Key, [.. g])).ToArray();
        return new ArchivePlan(subscription, weeks);
    }

    /// <summary>
    /// What the subscription document's bytes depend on: its entries, and the newest archive's first article, which
    /// stands for the week its <c>prev-archive</c> link names (no such article: no link).
    /// </summary>
    public IReadOnlyList<Article> SubscriptionDependsOn => Weeks.Count == 0 ? Subscription : [.. Subscription, Weeks[^1].NewestFirst[0]];

    /// <summary>The archive of <c>Weeks[index]</c>'s links to the weeks before and after it, where they are archived too.</summary>
    public (ArchivedWeek? Previous, ArchivedWeek? Next) Neighbours(int index) =>
        (index > 0 ? Weeks[index - 1] : null, index + 1 < Weeks.Count ? Weeks[index + 1] : null);

    /// <summary>
    /// What the archive of <c>Weeks[index]</c> depends on: its entries, and a first article of each neighbour it links
    /// to, which stands for the week the link names. A week that becomes archived adds its article to its predecessor's.
    /// </summary>
    public IReadOnlyList<Article> ArchiveDependsOn(int index)
    {
        var (previous, next) = Neighbours(index);
        return [.. Weeks[index].NewestFirst, .. previous is null ? [] : previous.NewestFirst[..1], .. next is null ? [] : next.NewestFirst[..1]];
    }

    private static bool IsComplete(IsoWeek week, IsoWeek? current) => current is { } c && week.CompareTo(c) < 0;
}

/// <summary>A complete week of a feed and its articles, newest first: one RFC 5005 archive document.</summary>
internal sealed record ArchivedWeek(IsoWeek Week, Article[] NewestFirst);
