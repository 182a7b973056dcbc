using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Output;
using Publisher.Feeds.Planning;
using Publisher.Templating;

namespace Publisher.Feeds;

/// <summary>
/// The <c>feeds</c> output: Atom, RSS and JSON Feed for the site (newest <see cref="Site.FeedEntries"/>) and for
/// every tag, plus one RFC 5005 Atom archive per ISO week, and an OPML list of the site's and the tags' feeds.
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
        var jobs = new FeedJobs(cache);
        var newest = Math.Max(1, corpus.Site.FeedEntries);

        var siteEntries = corpus.Articles.Take(newest).ToArray();
        IsoWeek? newestWeek = corpus.Weeks.IsEmpty ? null : corpus.Weeks[^1].Week;
        jobs.AddAllFormats(FeedLocations.SiteAtom, FeedLocations.SiteRss, FeedLocations.SiteJson, siteEntries,
            () => documents.ForSite(siteEntries, newestWeek));

        foreach (var group in corpus.TagGroups)
        {
            var tag = group.Tag;
            var entries = group.Articles.Take(newest).ToArray();
            jobs.AddAllFormats(FeedLocations.TagAtom(tag), FeedLocations.TagRss(tag), FeedLocations.TagJson(tag), entries,
                () => documents.ForTag(tag, entries));
        }

        jobs.AddOpml(FeedLocations.Opml, [.. corpus.TagGroups.Select(g => g.Articles[0])], documents.Title, documents.Outlines);

        var weeks = corpus.Weeks;
        for (var i = 0; i < weeks.Length; i++)
        {
            var week = weeks[i].Week;
            var entries = weeks[i].Articles.Reverse().ToArray();
            var previous = i > 0 ? weeks[i - 1] : null;
            var next = i + 1 < weeks.Length ? weeks[i + 1] : null;
            // The prev/next links depend on which weeks exist: a neighbour's first article stands for it in the fingerprint.
            Article[] dependsOn = [.. entries, .. previous is null ? [] : previous.Articles[..1], .. next is null ? [] : next.Articles[..1]];
            jobs.AddAtom(FeedLocations.Archive(week), entries, dependsOn,
                () => documents.ForArchive(week, entries, previous?.Week, next?.Week));
        }
        return jobs.All;
    }
}
