using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>What a parser needs besides the bytes: where the file is, how to report, and site defaults.</summary>
/// <param name="RelativePath">Path relative to the content folder, '/'-separated; used in diagnostics.</param>
/// <param name="Diagnostics">Where problems go.</param>
/// <param name="SiteLanguage">Language of articles that do not name one.</param>
/// <param name="SiteZone">Time zone of times written without an offset.</param>
/// <param name="SiteBaseUrl">Base that site-relative links (<c>/path</c>) resolve against.</param>
public sealed record ParseContext(
    string RelativePath,
    DiagnosticBag Diagnostics,
    string SiteLanguage,
    TimeZoneInfo SiteZone,
    Uri SiteBaseUrl)
{
    /// <summary>
    /// What links written relative to the article (<c>#part</c>, <c>?q=1</c>, <c>more.html</c>) resolve against, as a
    /// browser showing the article would: its page, <c>{SiteBaseUrl}articles/{id}.html</c>, once the parser knows the
    /// id (<see cref="ForArticle"/>); the site's base until then.
    /// </summary>
    public Uri LinkBase { get; init; } = SiteBaseUrl;

    /// <summary>
    /// Where a parser puts the links it resolved against <see cref="LinkBase"/>, with their lines: the content loader
    /// resolves them again once every article's id is known (<see cref="ContentLinks"/>), a link to another content file
    /// (<c>other.md</c>) to that article's page.
    /// </summary>
    public List<RelativeLink> RelativeLinks { get; init; } = [];

    /// <summary>
    /// Whether a Markdown article's straight quotes, dashes and dots are set typographically, in its language (the site's
    /// <see cref="Site.SmartPunctuation"/>).
    /// </summary>
    public bool SmartPunctuation { get; init; } = true;

    /// <summary>This context for the article <paramref name="id"/>: its links resolve against its page.</summary>
    public ParseContext ForArticle(ArticleId id) => this with { LinkBase = SiteUrls.Article(SiteBaseUrl, id.Value) };
}
