namespace Publisher.Core.Model;

/// <summary>A related article named under the article (title and teaser only; no link is given).</summary>
public sealed record RelatedArticle(string Title, string? Kicker, string Headline, string? Teaser);
