namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// One block of a body being read: a subhead (<paramref name="Subhead"/>, its text) or a paragraph, whose markup is
/// <paramref name="Length"/> characters from <paramref name="Start"/> in the body's buffer (<see cref="TazBodyContent"/>),
/// with the markers found in it.
/// </summary>
internal readonly record struct TazBodyPart(
    string? Subhead,
    int Start,
    int Length,
    bool Truncated,
    int Line,
    IReadOnlyList<LinkMarkerScanner.Use> Uses);
