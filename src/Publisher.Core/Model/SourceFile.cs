namespace Publisher.Core.Model;

/// <summary>
/// Where an article came from: its path relative to the content folder ('/'-separated), and the SHA-256 of
/// its bytes, which the incremental build compares. For an article that links to other content files
/// (<c>other.md</c>) the hash covers where those links lead too, which depends on the other files.
/// </summary>
public sealed record SourceFile(string RelativePath, string ContentHash);
