namespace Publisher.Typesetting.Document;

/// <summary>
/// An image the caller found for an <c>&lt;img src&gt;</c>: its file's bytes, what they are (<c>image/jpeg</c> or
/// <c>image/png</c>) and its size in pixels as it is shown. The typesetter embeds the bytes (a JPEG as it is, a PNG
/// decoded) and lays it out from the pixel size.
/// </summary>
public sealed record PictureImage(ReadOnlyMemory<byte> Bytes, string MediaType, int Width, int Height);
