namespace Publisher.Core.Parsing.Taz;

/// <summary>One item of <c>## ARTIKEL ZUM THEMA</c> (spec §11).</summary>
public sealed record TazRelatedArticle(string Title, string? Kicker, string Headline, string? Teaser, bool Truncated);
