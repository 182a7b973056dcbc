namespace Publisher.Core.Model;

/// <summary>
/// Where an article came from: its path relative to the content folder ('/'-separated), and the SHA-256 of
/// its bytes, which the incremental build compares.
/// </summary>
public sealed record SourceFile(string RelativePath, string ContentHash);
