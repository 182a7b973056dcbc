namespace Publisher.Feeds.Model;

/// <summary>
/// Where one logical feed is published, per format (absolute URLs, each format's <c>rel="self"</c>).
/// Archive documents exist only as Atom, so <see cref="Rss"/> and <see cref="Json"/> may be null.
/// </summary>
public sealed record FeedAddresses(Uri Atom, Uri? Rss, Uri? Json);
