using Publisher.Core.Diagnostics;

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
    Uri SiteBaseUrl);
