using System.Collections.Immutable;

namespace Publisher.Core.Model;

/// <summary>
/// A numbered link target. <see cref="Href"/> is the target as written; <see cref="Url"/> the absolute URL,
/// null when the target is unknown or was cut off. <see cref="Anchors"/> are the texts that point at it.
/// </summary>
public sealed record ArticleLink(int Number, string? Href, Uri? Url, ImmutableArray<string> Anchors);
