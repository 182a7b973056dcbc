namespace Publisher.Core.Parsing.Taz;

/// <summary>The <c>Place agency |</c> opening of the first paragraph (spec §8).</summary>
public sealed record TazDateline(string Place, string Agency);
