namespace Publisher.Core.Parsing;

/// <summary>
/// A link target written relative to the article's page (<c>#part</c>, <c>more.html</c>, <c>../2026/other.md</c>), as
/// the parser found it: the number of its <see cref="Model.ArticleLink"/>, the target as written and the line it stands
/// on. The parser resolves it against the page of the id it read; <see cref="ContentLinks"/> resolves it again once
/// every article's id is known.
/// </summary>
public sealed record RelativeLink(int Number, string Href, int Line);
