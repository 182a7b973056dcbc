namespace Publisher.Feeds.Model;

/// <summary>A tag as a feed category: <paramref name="Term"/> is the tag's name (untrusted text, escaped by the writers), <paramref name="Scheme"/> the site's tag folder.</summary>
public sealed record FeedCategory(string Term, Uri Scheme);
