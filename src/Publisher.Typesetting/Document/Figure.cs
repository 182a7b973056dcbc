namespace Publisher.Typesetting.Document;

/// <summary>
/// An image the caller found for an <c>&lt;img src&gt;</c>: its file's bytes, what they are (<c>image/jpeg</c> or
/// <c>image/png</c>) and its size in pixels as it is shown. The typesetter embeds the bytes (a JPEG as it is, a PNG
/// decoded) and lays it out from the pixel size.
/// </summary>
public sealed record PictureImage(ReadOnlyMemory<byte> Bytes, string MediaType, int Width, int Height);

/// <summary>
/// A picture (&lt;figure&gt;&lt;img/&gt;&lt;figcaption&gt; or a lone &lt;img&gt;): <see cref="Source"/> names the image
/// (one image object per source and document, however often it is shown), <see cref="Alt"/> is its text alternative
/// (empty: decorative), <see cref="Caption"/> is set under it and kept on its page.
/// </summary>
public sealed record Figure(string Source, PictureImage Image, string Alt, IReadOnlyList<Inline> Caption) : Block;
