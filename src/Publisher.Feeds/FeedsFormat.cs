using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Output;
using Publisher.Feeds.Planning;
using Publisher.Templating;

namespace Publisher.Feeds;

/// <summary>
/// The <c>feeds</c> output: Atom, RSS and JSON Feed for the site (newest <see cref="Site.FeedEntries"/>, and the rest of
/// the newest week) and for every tag, plus an RFC 5005 Atom archive per complete ISO week of the site's feed, and
/// an OPML list of the site's and the tags' feeds, and the picture files the entries show (<see cref="FeedLocations.Picture"/>).
/// Entry content is the article rendered by <c>templates/feed/entry.sbn</c>, once per article and run, shared by
/// every file that carries it.
/// </summary>
public sealed class FeedsFormat(TemplateRenderer renderer) : IOutputFormat
{
    public string Name => "feeds";

    public IReadOnlyList<OutputJob> Plan(Corpus corpus, DiagnosticBag diagnostics)
    {
        var cache = new FeedEntryCache(corpus, renderer);
        var documents = new FeedDocuments(corpus, cache);
        var jobs = new FeedJobs(cache, corpus.Pictures);
        var newest = Math.Max(1, corpus.Site.FeedEntries);

        // A week is complete, and archived, once the site has an article of a later week (ArchivePlan).
        IsoWeek? current = corpus.Weeks.IsEmpty ? null : corpus.Weeks[^1].Week;

        var site = ArchivePlan.Of(corpus.Articles, current, newest, corpus.Site.TimeZone);
        var siteEntries = site.Subscription;
        var siteArchive = site.Weeks.Count == 0 ? null : (IsoWeek?)site.Weeks[^1].Week;
        jobs.AddAllFormats(FeedLocations.SiteAtom, FeedLocations.SiteRss, FeedLocations.SiteJson, siteEntries, site.SubscriptionDependsOn,
            () => documents.ForSite(siteEntries, siteArchive));
        AddArchives(jobs, documents, site);

        foreach (var group in corpus.TagGroups)
        {
            var tag = group.Tag;
            var entries = RecentEntries.Of(group.Articles, newest, corpus.Site.TimeZone);
            jobs.AddAllFormats(FeedLocations.TagAtom(tag), FeedLocations.TagRss(tag), FeedLocations.TagJson(tag), entries, entries,
                () => documents.ForTag(tag, entries));
        }

        // Every picture an entry of any feed shows: the site's archives hold every article, so these are all the corpus's.
        foreach (var file in corpus.Pictures.Of(corpus.Articles)) jobs.AddPicture(file);

        jobs.AddOpml(FeedLocations.Opml, [.. corpus.TagGroups.Select(g => g.Articles[0])], documents.Title, documents.Outlines);
        return jobs.All;
    }

    /// <summary>One Atom archive document per complete week of the site's feed.</summary>
    private static void AddArchives(FeedJobs jobs, FeedDocuments documents, ArchivePlan plan)
    {
        for (var i = 0; i < plan.Weeks.Count; i++)
        {
            var (week, entries) = plan.Weeks[i];
            var (previous, next) = plan.Neighbours(i);
            jobs.AddAtom(FeedLocations.Archive(week), entries, plan.ArchiveDependsOn(i),
                () => documents.ForArchive(week, entries, previous?.Week, next?.Week));
        }
    }
}
