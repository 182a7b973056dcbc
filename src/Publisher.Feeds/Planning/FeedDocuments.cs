using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Feeds.Model;

namespace Publisher.Feeds.Planning;

/// <summary>Builds the three kinds of feed document from the corpus, with entries from the shared cache.</summary>
internal sealed class FeedDocuments(Corpus corpus, FeedEntryCache entries)
{
    private Site Site => corpus.Site;

    /// <summary>The site with the URLs the feeds write (<see cref="AsciiUrls"/>): every address below is made from it.</summary>
    private Site Urls { get; } = AsciiUrls.Of(corpus.Site);

    /// <summary>The site's subscription document: the newest entries, <c>prev-archive</c> to the newest complete week's archive.</summary>
    public FeedDocument ForSite(IReadOnlyList<Article> newestFirst, IsoWeek? newestArchive)
    {
        var addresses = FeedLocations.ForSite(Urls);
        return Document(Title(), addresses.Atom, Urls.BaseUrl, addresses, newestFirst) with { Archive = Subscription(null, newestArchive) };
    }

    /// <summary>A tag's subscription document: its newest entries, <c>prev-archive</c> to its newest complete week's archive.</summary>
    public FeedDocument ForTag(Tag tag, IReadOnlyList<Article> newestFirst, IsoWeek? newestArchive)
    {
        var addresses = FeedLocations.ForTag(Urls, tag);
        var document = Document(TagTitle(tag), addresses.Atom, Urls.TagPage(tag), addresses, newestFirst);
        // A subtitle of its own, in the feed's language: the site's description speaks of the site, in the site's.
        return document with
        {
            Description = FeedLabels.For(document.Language).TagSubtitle(FeedText.Clean(tag.Name), Title()),
            Archive = Subscription(tag, newestArchive),
        };
    }

    /// <summary>The site's feed and every tag's, in the order of the corpus's tags, as a feed list names them.</summary>
    public IReadOnlyList<FeedOutline> Outlines() =>
    [
        new(Title(), FeedLocations.ForSite(Urls).Atom, Urls.BaseUrl),
        .. corpus.TagGroups.Select(g => new FeedOutline(TagTitle(g.Tag), FeedLocations.ForTag(Urls, g.Tag).Atom, Urls.TagPage(g.Tag))),
    ];

    /// <summary>
    /// One complete week of the site's feed (<paramref name="tag"/> null) or of a tag's: an RFC 5005 archive document, with
    /// the feed id, title and subtitle of the subscription document it is part of, linked to it (<c>current</c>) and to
    /// the archives of the weeks before and after it.
    /// </summary>
    public FeedDocument ForArchive(Tag? tag, IsoWeek week, IReadOnlyList<Article> newestFirst, IsoWeek? previous, IsoWeek? next)
    {
        var subscription = tag is null ? ForSite(newestFirst, null) : ForTag(tag, newestFirst, null);
        var links = new ArchiveLinks(
            previous is { } p ? FeedLocations.ForArchive(Urls, tag, p).Atom : null,
            next is { } n ? FeedLocations.ForArchive(Urls, tag, n).Atom : null,
            subscription.Addresses.Atom);
        return subscription with
        {
            Addresses = FeedLocations.ForArchive(Urls, tag, week),
            IsArchive = true,
            Archive = links,
        };
    }

    public static FeedPerson SiteAuthor(Site site) =>
        new(FeedText.CleanOrNull(site.Author.Name) ?? FeedText.CleanOrNull(site.Title) ?? site.BaseUrl.Host, FeedText.CleanOrNull(site.Author.Email));

    public string Title() => FeedText.CleanOrNull(Site.Title) ?? Site.BaseUrl.Host;

    private string TagTitle(Tag tag) => $"{Title()} – {FeedText.Clean(tag.Name)}";

    private ArchiveLinks Subscription(Tag? tag, IsoWeek? newestArchive) =>
        new(newestArchive is { } week ? FeedLocations.ForArchive(Urls, tag, week).Atom : null, null, null);

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
