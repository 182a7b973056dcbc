using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Rendering;

/// <summary>Whether a <see cref="PictureImage"/> can be embedded: a JPEG with a frame header we read, or a PNG <see cref="PngPixels"/> decodes.</summary>
public static class ImageData
{
    /// <summary>Why the image cannot be embedded, or null when it can.</summary>
    public static string? Problem(PictureImage image)
    {
        if (image.Width <= 0 || image.Height <= 0) return "no pixel size";
        return image.MediaType switch
        {
            "image/jpeg" => JpegHeader.Read(image.Bytes.Span) is null ? "not a JPEG file with an 8-bit baseline or progressive gray, RGB or CMYK frame" : null,
            "image/png" => PngPixels.Problem(image.Bytes.Span),
            _ => $"media type {image.MediaType} (JPEG and PNG only)",
        };
    }
}
