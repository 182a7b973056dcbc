using System.Collections.Immutable;

namespace Publisher.Core.Parsing.Taz;

/// <summary>A link reference number, defined in <c>## LINKS</c> and/or used in the body (spec §9).</summary>
/// <param name="Ref">The number n of <c>[n]</c>.</param>
/// <param name="Href">The target as written, or null when the number is used but never defined.</param>
/// <param name="Url">Absolute, percent-encoded URL; null when undefined or truncated.</param>
/// <param name="Truncated">The LINKS line was cut by the 80-byte rule.</param>
/// <param name="Anchors">Anchor texts in order of use; empty when defined but unused.</param>
public sealed record TazLink(int Ref, string? Href, string? Url, bool Truncated, ImmutableArray<string> Anchors);
