namespace Publisher.Core.Model;

/// <summary>A tag of the build: its name as written (untrusted text) and its slug, unique within the build.</summary>
public sealed record Tag(string Name, Slug Slug);
