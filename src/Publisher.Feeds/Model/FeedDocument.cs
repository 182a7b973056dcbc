namespace Publisher.Feeds.Model;

/// <summary>
/// One feed document, independent of its format: the site feed, a tag feed or a weekly archive.
/// The three writers (Atom, RSS, JSON Feed) read only this.
/// </summary>
public sealed record FeedDocument
{
    /// <summary>The logical feed's id: the Atom subscription URL, shared by its archive documents (RFC 5005: one logical feed).</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>What the feed is (Atom <c>subtitle</c>, RSS and JSON Feed <c>description</c>): the site's description, or a tag feed's own.</summary>
    public string? Description { get; init; }

    /// <summary>BCP 47 language of the site.</summary>
    public required string Language { get; init; }

    /// <summary>The newest of its entries' publication and update instants; a feed without entries uses <see cref="FeedIds.NoEntriesUpdated"/>.</summary>
    public required DateTimeOffset Updated { get; init; }

    /// <summary>The HTML page the feed mirrors (the site's home page or a tag page).</summary>
    public required Uri HomePage { get; init; }

    public required FeedAddresses Addresses { get; init; }

    public required FeedPerson Author { get; init; }

    /// <summary>True for an RFC 5005 archive document (<c>fh:archive</c>).</summary>
    public bool IsArchive { get; init; }

    public ArchiveLinks Archive { get; init; } = ArchiveLinks.None;

    /// <summary>Newest first.</summary>
    public required IReadOnlyList<FeedEntry> Entries { get; init; }
}
