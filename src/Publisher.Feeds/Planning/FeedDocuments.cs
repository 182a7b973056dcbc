using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Parsing.Markdown.Punctuation;
using Publisher.Core.Wording;
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
        return Document(Title(), addresses.Atom, Urls.BaseUrl, addresses, newestFirst) with
        {
            Archive = new ArchiveLinks(newestArchive is { } week ? FeedLocations.ForArchive(Urls, week).Atom : null, null, null),
        };
    }

    /// <summary>A tag's feed: its newest entries and those updated since (<see cref="RecentEntries"/>; tag feeds have no archives: they would repeat the site's archives once per tag).</summary>
    public FeedDocument ForTag(Tag tag, IReadOnlyList<Article> newestFirst)
    {
        var addresses = FeedLocations.ForTag(Urls, tag);
        var document = Document(TagTitle(tag), addresses.Atom, Urls.TagPage(tag), addresses, newestFirst);
        // A subtitle of its own, in the feed's language and with its quotation marks: the site's description speaks of the
        // site, in the site's.
        var subtitle = Words.For(document.Language).TagSubtitle(FeedText.Clean(tag.Name), Title(), QuoteMarks.For(document.Language));
        return document with { Description = subtitle };
    }

    /// <summary>The site's feed and every tag's, in the order of the corpus's tags, as a feed list names them.</summary>
    public IReadOnlyList<FeedOutline> Outlines() =>
    [
        new(Title(), FeedLocations.ForSite(Urls).Atom, Urls.BaseUrl),
        .. corpus.TagGroups.Select(g => new FeedOutline(TagTitle(g.Tag), FeedLocations.ForTag(Urls, g.Tag).Atom, Urls.TagPage(g.Tag))),
    ];

    /// <summary>
    /// One complete week of the site's feed: an RFC 5005 archive document, with the feed id, title and subtitle of the
    /// subscription document it is part of, linked to it (<c>current</c>) and to the archives of the weeks before and after it.
    /// </summary>
    public FeedDocument ForArchive(IsoWeek week, IReadOnlyList<Article> newestFirst, IsoWeek? previous, IsoWeek? next)
    {
        var subscription = ForSite(newestFirst, null);
        var links = new ArchiveLinks(
            previous is { } p ? FeedLocations.ForArchive(Urls, p).Atom : null,
            next is { } n ? FeedLocations.ForArchive(Urls, n).Atom : null,
            subscription.Addresses.Atom);
        return subscription with
        {
            Addresses = FeedLocations.ForArchive(Urls, week),
            IsArchive = true,
            Archive = links,
        };
    }

    public static FeedPerson SiteAuthor(Site site) =>
        new(FeedText.CleanOrNull(site.Author.Name) ?? FeedText.CleanOrNull(site.Title) ?? site.BaseUrl.Host, FeedText.CleanOrNull(site.Author.Email));

    public string Title() => FeedText.CleanOrNull(Site.Title) ?? Site.BaseUrl.Host;

    private string TagTitle(Tag tag) => $"{Title()} – {FeedText.Clean(tag.Name)}";

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
