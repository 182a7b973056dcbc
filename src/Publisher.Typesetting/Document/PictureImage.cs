namespace Publisher.Typesetting.Document;

/// <summary>
/// An image the caller found for an <c>&lt;img src&gt;</c>: its file's bytes, what they are (<c>image/jpeg</c> or
/// <c>image/png</c>) and its size in pixels as it is shown. The typesetter embeds the bytes (a JPEG as it is, a PNG
/// decoded) and lays it out from the pixel size.
/// </summary>
public sealed record PictureImage(ReadOnlyMemory<byte> Bytes, string MediaType, int Width, int Height)
{
    /// <summary>
    /// True when the caller has decoded the bytes whole already (the build does for every picture it reads): the
    /// typesetter then reads only a PNG's header to check it, not all its pixels a second time.
    /// </summary>
    public bool DecodedBefore { get; init; }
}
