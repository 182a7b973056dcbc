namespace Publisher.Epub.Package;

/// <summary>A file of the book as the package lists it: id, file name, media type and EPUB properties.</summary>
public sealed record ManifestItem(string Id, string Href, string MediaType, string? Properties = null)
{
    public const string Xhtml = "application/xhtml+xml";
}
