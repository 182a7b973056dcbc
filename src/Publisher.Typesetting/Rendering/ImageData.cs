using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// Whether a <see cref="PictureImage"/> can be embedded: a JPEG with a frame header we read, or a PNG
/// <see cref="PngPixels"/> decodes (only its header is read when the caller decoded it before), of the size given.
/// </summary>
public static class ImageData
{
    /// <summary>Why the image cannot be embedded, or null when it can.</summary>
    public static string? Problem(PictureImage image)
    {
        if (image.Width <= 0 || image.Height <= 0) return "no pixel size";
        var bytes = image.Bytes.Span;
        (int Width, int Height)? size = image.MediaType switch
        {
            "image/jpeg" => JpegHeader.Read(bytes) is { } jpeg ? (jpeg.Width, jpeg.Height) : null,
            "image/png" => PngPixels.Size(bytes),
            _ => null,
        };
        if (size is not { } stored)
        {
            return image.MediaType switch
            {
                "image/jpeg" => "not a JPEG file with an 8-bit baseline or progressive gray, RGB or CMYK frame",
                "image/png" => "not a PNG file",
                _ => $"media type {image.MediaType} (JPEG and PNG only)",
            };
        }
        if (stored != (image.Width, image.Height)) return $"stored {stored.Width}×{stored.Height} pixels, not {image.Width}×{image.Height}";
        if (image.MediaType == "image/png" && !image.DecodedBefore) return PngPixels.Problem(bytes);
        return null;
    }
}
