namespace Publisher.Templating.Views;

/// <summary>A numbered link of an article: its URL (null if unknown), the target as written, and the texts pointing at it.</summary>
public sealed record LinkView(int Number, string? Url, string? Href, IReadOnlyList<string> Anchors);
