namespace Publisher.Feeds.Model;

/// <summary>
/// One subscription feed as a feed list (OPML) names it: its title (untrusted text, escaped by the writer), its Atom
/// address and the HTML page it mirrors.
/// </summary>
public sealed record FeedOutline(string Title, Uri Feed, Uri HomePage);
