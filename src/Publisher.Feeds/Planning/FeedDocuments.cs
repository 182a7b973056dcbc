using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Feeds.Model;

namespace Publisher.Feeds.Planning;

/// <summary>Builds the three kinds of feed document from the corpus, with entries from the shared cache.</summary>
internal sealed class FeedDocuments(Corpus corpus, FeedEntryCache entries)
{
    private Site Site => corpus.Site;

    /// <summary>The site's subscription document: the newest entries, <c>prev-archive</c> to the newest week's archive.</summary>
    public FeedDocument ForSite(IReadOnlyList<Article> newestFirst, IsoWeek? newestArchive)
    {
        var addresses = FeedLocations.ForSite(Site);
        var prev = newestArchive is { } week ? FeedLocations.ForArchive(Site, week).Atom : null;
        return Document(Title(), addresses.Atom, Site.BaseUrl, addresses, newestFirst) with
        {
            Archive = new ArchiveLinks(prev, null, null),
        };
    }

    public FeedDocument ForTag(Tag tag, IReadOnlyList<Article> newestFirst)
    {
        var addresses = FeedLocations.ForTag(Site, tag);
        return Document($"{Title()} – {FeedText.Clean(tag.Name)}", addresses.Atom, Site.TagPage(tag), addresses, newestFirst);
    }

    /// <summary>One complete week of the site feed (RFC 5005 archive document); same feed id and title as the subscription document.</summary>
    public FeedDocument ForArchive(IsoWeek week, IReadOnlyList<Article> newestFirst, IsoWeek? previous, IsoWeek? next)
    {
        var current = FeedLocations.ForSite(Site).Atom;
        var links = new ArchiveLinks(
            previous is { } p ? FeedLocations.ForArchive(Site, p).Atom : null,
            next is { } n ? FeedLocations.ForArchive(Site, n).Atom : null,
            current);
        return Document(Title(), current, Site.BaseUrl, FeedLocations.ForArchive(Site, week), newestFirst) with
        {
            IsArchive = true,
            Archive = links,
        };
    }

    public static FeedPerson SiteAuthor(Site site) =>
        new(FeedText.CleanOrNull(site.Author.Name) ?? FeedText.CleanOrNull(site.Title) ?? site.BaseUrl.Host, FeedText.CleanOrNull(site.Author.Email));

    private string Title() => FeedText.CleanOrNull(Site.Title) ?? Site.BaseUrl.Host;

    private FeedDocument Document(string title, Uri id, Uri homePage, FeedAddresses addresses, IReadOnlyList<Article> newestFirst)
    {
        var items = newestFirst.Select(entries.Get).ToArray();
        return new FeedDocument
        {
            Id = id.AbsoluteUri,
            Title = title,
            Description = FeedText.CleanOrNull(Site.Description),
            // The feed's articles' language where most are in one (an all-English tag feed of a German site), as for books.
            Language = FeedText.Language(LanguageTag.Prevailing(newestFirst.Select(a => a.Language), FeedText.Language(Site.Language))),
            Updated = items.Length == 0 ? FeedIds.NoEntriesUpdated : items.Max(e => e.Updated),
            HomePage = homePage,
            Addresses = addresses,
            Author = SiteAuthor(Site),
            Entries = items,
        };
    }
}
