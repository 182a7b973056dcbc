namespace Publisher.Feeds.Model;

/// <summary>An author of an entry or a feed: a name, and an e-mail address when the site gives one.</summary>
public sealed record FeedPerson(string Name, string? Email);
