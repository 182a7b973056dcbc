namespace Publisher.Feeds.Model;

/// <summary>
/// RFC 5005 links. A subscription document has only <see cref="PrevArchive"/> (the newest archive); an archive
/// document has <see cref="Current"/> (the subscription document) and its neighbours, where they exist.
/// </summary>
public sealed record ArchiveLinks(Uri? PrevArchive, Uri? NextArchive, Uri? Current)
{
    public static readonly ArchiveLinks None = new(null, null, null);
}
